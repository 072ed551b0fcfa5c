using IndustrialAtlas.Web.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IndustrialAtlas.Web.Store.Configurations;

internal sealed class CityConfiguration : IEntityTypeConfiguration<City>
{
    public void Configure(EntityTypeBuilder<City> builder)
    {
        builder.HasOne<Edition>().WithMany().HasForeignKey(c => c.EditionId);
        builder.HasIndex(c => new { c.EditionId, c.Slug }).IsUnique();
        builder.HasMany(c => c.FormerNames).WithOne().HasForeignKey(n => n.CityId);
        builder.HasMany(c => c.Phases).WithOne(p => p.City).HasForeignKey(p => p.CityId);
        builder.HasMany(c => c.Resources).WithOne(r => r.City).HasForeignKey(r => r.CityId);
        builder.HasMany(c => c.Claims).WithOne(c => c.City).HasForeignKey(c => c.CityId);
        builder.HasMany(c => c.Sources).WithOne().HasForeignKey(s => s.CityId);
    }
}
