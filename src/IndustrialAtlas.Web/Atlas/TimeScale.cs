using System.Globalization;

namespace IndustrialAtlas.Web.Atlas;

/// <summary>
/// The atlas's timeline scale, shared by the year slider, its era bands, ticks and histogram (and mirrored in
/// <c>wwwroot/js/time-scale.js</c>): the centuries before <see cref="Pivot"/> take the first fifth of the width, and the
/// industrial era from 1850 to now the rest, so that the years where nearly all the industry is are not squeezed
/// into the last twentieth. Positions run from 0 to <see cref="Width"/>.
/// </summary>
public sealed record TimeScale(int Min, int Max)
{
    public const int Width = 1000;
    public const int Pivot = 1850;
    public const double PivotAt = 200;

    /// <summary>Whether the range reaches far enough before the pivot to be compressed at all.</summary>
    public bool Compressed => Min < Pivot - 100 && Max > Pivot;

    public double Position(double year)
    {
        year = Math.Clamp(year, Min, Max);
        if (!Compressed)
        {
            return Width * (year - Min) / Math.Max(1, Max - Min);
        }

        return year <= Pivot
            ? PivotAt * (year - Min) / (Pivot - Min)
            : PivotAt + ((Width - PivotAt) * (year - Pivot) / Math.Max(1, Max - Pivot));
    }

    /// <summary>The year at a position: the inverse of <see cref="Position"/>, rounded to a whole year.</summary>
    public int YearAt(double position)
    {
        position = Math.Clamp(position, 0, Width);
        double year = !Compressed
            ? Min + (position / Width * (Max - Min))
            : position <= PivotAt
                ? Min + (position / PivotAt * (Pivot - Min))
                : Pivot + ((position - PivotAt) / (Width - PivotAt) * (Max - Pivot));
        var whole = (int)Math.Round(year, MidpointRounding.AwayFromZero);
        return whole == 0 ? 1 : whole;
    }

    /// <summary>
    /// The ticks under the slider: the two ends, then round years that fall on the scale. An axis writes its years bare
    /// in both languages; a year before the common era is "475 BCE", or "前475" on a Chinese axis.
    /// </summary>
    public IReadOnlyList<(string X, string Label)> Ticks(Settings.AtlasLanguage language = Settings.AtlasLanguage.English)
    {
        int[] years = Compressed ? [Min, 1000, Pivot, 1900, 1950, Max] : [Min, (Min + Max) / 2, Max];
        return [.. years.Where(y => y >= Min && y <= Max).Distinct()
            .Select(y => (Units(Position(y)), language == Settings.AtlasLanguage.Chinese && y < 0
                ? "前" + (-y).ToString(System.Globalization.CultureInfo.InvariantCulture)
                : Content.AtlasYear.Format(y)))];
    }

    public static string Units(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>
/// The small histogram along the slider: how many cities were active (had a phase) in each stretch of the timeline.
/// Bins are equal in width on the <see cref="TimeScale"/>, so each covers decades after 1850 and centuries before.
/// </summary>
public sealed record TimelineHistogram(IReadOnlyList<TimelineHistogram.Bin> Bins, int MaxCount)
{
    public const int BinCount = 50;
    public const int Height = 24;

    public sealed record Bin(string X, string W, string Y, string H, int From, int To, int Count)
    {
        /// <summary>The language the label is written in.</summary>
        public Settings.AtlasLanguage Language { get; init; }

        public string Label => Language == Settings.AtlasLanguage.Chinese
            ? $"{Settings.LocalFormat.Span(Language, From, To)}：{Count}座城市"
            : $"{Content.AtlasYear.Span(From, To)}: {Count} {(Count == 1 ? "city" : "cities")} active";
    }

    public static TimelineHistogram Of(AtlasData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var scale = new TimeScale(data.MinYear, data.MaxYear);
        const double step = (double)TimeScale.Width / BinCount;
        var counts = new List<(double X, int From, int To, int Count)>();
        for (var i = 0; i < BinCount; i++)
        {
            var from = scale.YearAt(i * step);
            var to = Math.Max(from, scale.YearAt((i + 1) * step) - (i == BinCount - 1 ? 0 : 1));
            counts.Add((i * step, from, to, data.Cities.Count(c => c.PhaseWithin(from, to) is not null)));
        }

        var max = Math.Max(1, counts.Max(c => c.Count));
        return new TimelineHistogram([.. counts.Select(c =>
        {
            var h = c.Count == 0 ? 0 : Math.Max(1.5, Height * c.Count / (double)max);
            return new Bin(TimeScale.Units(c.X + 0.5), TimeScale.Units(step - 1), TimeScale.Units(Height - h), TimeScale.Units(h), c.From, c.To, c.Count) { Language = data.Language };
        })], max);
    }
}

/// <summary>
/// Marker sizes for a measure: the area of a marker is proportional to its figure, the largest figure of the measure
/// in any city and year drawing a circle of <see cref="MaxRadius"/> (whose radii reach the script with the data).
/// </summary>
public static class MeasureScale
{
    public const double MaxRadius = 26;

    private static readonly int[] RoundSteps = [5, 2, 1];

    public static double Radius(double value, double max) => max <= 0 ? 0 : MaxRadius * Math.Sqrt(Math.Max(0, value) / max);

    /// <summary>Round values for the size legend: the largest round figure at or under the maximum, and a quarter and a
    /// sixteenth of it (circles of full, half and quarter radius).</summary>
    public static IReadOnlyList<double> LegendValues(double max)
    {
        if (max <= 0)
        {
            return [];
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(max)));
        var top = RoundSteps.Select(m => m * power).First(v => v <= max);
        return [top, top / 4, top / 16];
    }
}
