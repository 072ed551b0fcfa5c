using IndustrialAtlas.Web.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IndustrialAtlas.Web.Store.Configurations;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.HasOne<Edition>().WithMany().HasForeignKey(i => i.EditionId);
        builder.HasIndex(i => new { i.EditionId, i.Slug }).IsUnique();
    }
}

internal sealed class SeriesConfiguration : IEntityTypeConfiguration<Series>
{
    public void Configure(EntityTypeBuilder<Series> builder)
    {
        builder.HasIndex(s => new { s.EditionId, s.IndicatorId });
        builder.HasOne(s => s.City).WithMany(c => c.Series).HasForeignKey(s => s.CityId);
        builder.HasOne(s => s.Indicator).WithMany().HasForeignKey(s => s.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Source).WithMany().HasForeignKey(s => s.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Points).WithOne(p => p.Series).HasForeignKey(p => p.SeriesId);
    }
}

internal sealed class SeriesPointConfiguration : IEntityTypeConfiguration<SeriesPoint>
{
    public void Configure(EntityTypeBuilder<SeriesPoint> builder)
    {
        builder.HasIndex(p => p.EditionId);
        builder.HasOne(p => p.Source).WithMany().HasForeignKey(p => p.SourceId).OnDelete(DeleteBehavior.Restrict);
    }
}
