using IndustrialAtlas.Web.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IndustrialAtlas.Web.Store.Configurations;

internal sealed class CityResourceConfiguration : IEntityTypeConfiguration<CityResource>
{
    public void Configure(EntityTypeBuilder<CityResource> builder)
    {
        builder.HasIndex(r => r.EditionId);
        builder.HasOne(r => r.Resource).WithMany().HasForeignKey(r => r.ResourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Claim).WithMany().HasForeignKey(r => r.ClaimId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Sources).WithMany().UsingEntity("CityResourceSources");
    }
}
