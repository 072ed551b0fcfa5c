using IndustrialAtlas.Web.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IndustrialAtlas.Web.Store.Configurations;

internal sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> builder)
    {
        builder.HasOne<Edition>().WithMany().HasForeignKey(s => s.EditionId);
        builder.HasIndex(s => new { s.EditionId, s.Slug }).IsUnique();
        builder.HasMany(s => s.Listings).WithOne().HasForeignKey(l => l.SiteId);
    }
}

internal sealed class SiteListConfiguration : IEntityTypeConfiguration<SiteList>
{
    public void Configure(EntityTypeBuilder<SiteList> builder)
    {
        builder.HasOne<Edition>().WithMany().HasForeignKey(l => l.EditionId);
        builder.HasIndex(l => new { l.EditionId, l.Slug }).IsUnique();
    }
}

internal sealed class SiteListingConfiguration : IEntityTypeConfiguration<SiteListing>
{
    public void Configure(EntityTypeBuilder<SiteListing> builder)
    {
        builder.HasIndex(l => new { l.EditionId, l.ListSlug });
        builder.Property(l => l.Support).HasConversion<string>().HasMaxLength(16);
    }
}
