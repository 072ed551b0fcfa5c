using IndustrialAtlas.Web.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IndustrialAtlas.Web.Store.Configurations;

internal sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> builder)
    {
        builder.HasIndex(c => new { c.EditionId, c.Key }).IsUnique();
        // Stored as words, so the database reads as the content does ("Disputed", not 1).
        builder.Property(c => c.Support).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Origin).HasConversion<string>().HasMaxLength(16);
        builder.HasOne(c => c.Era).WithMany().HasForeignKey(c => c.EraId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Resource).WithMany().HasForeignKey(c => c.ResourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Sources).WithMany(s => s.Claims).UsingEntity("ClaimSources");
    }
}
