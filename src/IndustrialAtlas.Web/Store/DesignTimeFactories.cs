using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace IndustrialAtlas.Web.Store;

/// <summary>For <c>dotnet ef migrations add … --context SqliteAtlasDbContext</c>: no database is opened.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAtlasDbContext>
{
    public SqliteAtlasDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAtlasDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>For <c>dotnet ef migrations add … --context PostgresAtlasDbContext</c>: no database is opened.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAtlasDbContext>
{
    public PostgresAtlasDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAtlasDbContext>().UseNpgsql("Host=localhost;Database=atlas").Options);
}
