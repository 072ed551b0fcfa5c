using IndustrialAtlas.Web.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IndustrialAtlas.Web.Store.Configurations;

internal sealed class PhaseConfiguration : IEntityTypeConfiguration<Phase>
{
    public void Configure(EntityTypeBuilder<Phase> builder)
    {
        builder.HasIndex(p => new { p.EditionId, p.Start });
        builder.HasOne(p => p.Era).WithMany().HasForeignKey(p => p.EraId).OnDelete(DeleteBehavior.Restrict);
    }
}
