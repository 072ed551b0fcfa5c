using IndustrialAtlas.Web.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IndustrialAtlas.Web.Store.Configurations;

internal sealed class EraConfiguration : IEntityTypeConfiguration<Era>
{
    public void Configure(EntityTypeBuilder<Era> builder)
    {
        builder.HasOne<Edition>().WithMany().HasForeignKey(e => e.EditionId);
        builder.HasIndex(e => new { e.EditionId, e.Slug }).IsUnique();
    }
}
