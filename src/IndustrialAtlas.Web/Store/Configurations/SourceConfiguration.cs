using IndustrialAtlas.Web.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IndustrialAtlas.Web.Store.Configurations;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder) =>
        builder.HasIndex(s => new { s.EditionId, s.CityId, s.Key }).IsUnique();
}
