using IndustrialAtlas.Web.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Store;

/// <summary>
/// The atlas store. Every content row belongs to an edition; the context is pinned to one edition
/// (<see cref="EditionId"/>) and a query filter keeps the others out of sight, so a cited
/// <c>edition=</c> URL reads exactly the data it was cited with. The model is the same on every store; each
/// provider has its own subclass only so that EF Core keeps its migrations apart.
/// </summary>
public abstract class AtlasDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The edition queries read. Null reads nothing until the request pins it (the request's edition, read from <c>edition=</c> or the current one).</summary>
    public string? EditionId { get; set; }

    public DbSet<Edition> Editions => Set<Edition>();

    public DbSet<IngestRun> IngestRuns => Set<IngestRun>();

    public DbSet<Era> Eras => Set<Era>();

    public DbSet<Resource> Resources => Set<Resource>();

    public DbSet<City> Cities => Set<City>();

    public DbSet<FormerName> FormerNames => Set<FormerName>();

    public DbSet<Phase> Phases => Set<Phase>();

    public DbSet<CityResource> CityResources => Set<CityResource>();

    public DbSet<Claim> Claims => Set<Claim>();

    public DbSet<Source> Sources => Set<Source>();

    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<Series> Series => Set<Series>();

    public DbSet<SeriesPoint> SeriesPoints => Set<SeriesPoint>();

    public DbSet<SiteList> SiteLists => Set<SiteList>();

    public DbSet<Site> Sites => Set<Site>();

    public DbSet<SiteListing> SiteListings => Set<SiteListing>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AtlasDbContext).Assembly);
        modelBuilder.Entity<Era>().HasQueryFilter(e => e.EditionId == EditionId);
        modelBuilder.Entity<Resource>().HasQueryFilter(e => e.EditionId == EditionId);
        modelBuilder.Entity<City>().HasQueryFilter(e => e.EditionId == EditionId);
        modelBuilder.Entity<FormerName>().HasQueryFilter(e => e.EditionId == EditionId);
        modelBuilder.Entity<Phase>().HasQueryFilter(e => e.EditionId == EditionId);
        modelBuilder.Entity<CityResource>().HasQueryFilter(e => e.EditionId == EditionId);
        modelBuilder.Entity<Claim>().HasQueryFilter(e => e.EditionId == EditionId);
        modelBuilder.Entity<Source>().HasQueryFilter(e => e.EditionId == EditionId);
        modelBuilder.Entity<Indicator>().HasQueryFilter(e => e.EditionId == EditionId);
        modelBuilder.Entity<Series>().HasQueryFilter(e => e.EditionId == EditionId);
        modelBuilder.Entity<SeriesPoint>().HasQueryFilter(e => e.EditionId == EditionId);
        modelBuilder.Entity<SiteList>().HasQueryFilter(e => e.EditionId == EditionId);
        modelBuilder.Entity<Site>().HasQueryFilter(e => e.EditionId == EditionId);
        modelBuilder.Entity<SiteListing>().HasQueryFilter(e => e.EditionId == EditionId);
    }
}

/// <summary>The embedded store: one SQLite file.</summary>
public sealed class SqliteAtlasDbContext(DbContextOptions<SqliteAtlasDbContext> options) : AtlasDbContext(options);

/// <summary>The shared store for several web instances: PostgreSQL.</summary>
public sealed class PostgresAtlasDbContext(DbContextOptions<PostgresAtlasDbContext> options) : AtlasDbContext(options);
