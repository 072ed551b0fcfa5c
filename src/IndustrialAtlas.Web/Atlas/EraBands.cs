using System.Globalization;

namespace IndustrialAtlas.Web.Atlas;

/// <summary>
/// Where each era sits along the year slider, on its <see cref="TimeScale"/>, in thousandths of its width (an SVG viewBox 1000 wide, so the
/// bands need no inline style); overlapping eras take another row. Each era takes one of the palette's
/// colours in order (site.css, <c>.era-c0</c> to <c>.era-c19</c>); markers read theirs from the band.
/// </summary>
public sealed record EraBand(string Slug, string Name, string Span, string X, string Width, int Row, int Colour)
{
    public const int Palette = 20;

    public static IReadOnlyList<EraBand> Layout(AtlasData data)
    {
        var scale = new TimeScale(data.MinYear, data.MaxYear);
        var rowEnds = new List<int>();
        var bands = new List<EraBand>();
        foreach (var era in data.Eras)
        {
            var end = era.End ?? data.MaxYear;
            var row = rowEnds.FindIndex(e => e <= era.Start);
            if (row < 0)
            {
                rowEnds.Add(end);
                row = rowEnds.Count - 1;
            }
            else
            {
                rowEnds[row] = end;
            }

            static string Units(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
            bands.Add(new EraBand(era.Slug, era.Name,
                Settings.LocalFormat.Span(data.Language, era.Start, era.End),
                Units(scale.Position(era.Start)), Units(Math.Max(2, scale.Position(end) - scale.Position(era.Start))), row, bands.Count % Palette));
        }

        return bands;
    }
}
