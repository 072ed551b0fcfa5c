using IndustrialAtlas.Web.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IndustrialAtlas.Web.Store.Configurations;

internal sealed class ResourceConfiguration : IEntityTypeConfiguration<Resource>
{
    public void Configure(EntityTypeBuilder<Resource> builder)
    {
        builder.HasOne<Edition>().WithMany().HasForeignKey(r => r.EditionId);
        builder.HasIndex(r => new { r.EditionId, r.Slug }).IsUnique();
    }
}
