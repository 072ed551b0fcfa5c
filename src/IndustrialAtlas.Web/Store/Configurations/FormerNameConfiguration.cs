using IndustrialAtlas.Web.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IndustrialAtlas.Web.Store.Configurations;

internal sealed class FormerNameConfiguration : IEntityTypeConfiguration<FormerName>
{
    public void Configure(EntityTypeBuilder<FormerName> builder) =>
        builder.HasIndex(n => n.EditionId);
}
