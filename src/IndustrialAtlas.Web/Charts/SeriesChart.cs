using System.Globalization;

namespace IndustrialAtlas.Web.Charts;

/// <summary>
/// One indicator's series drawn as a line chart in server-rendered SVG (attributes only, so the strict CSP holds
/// and the chart prints and works without JavaScript): the national eras as bands behind, a line and a marker
/// for each figure, an approximate figure as a hollow marker, and nothing drawn between figures that no source gave
/// beyond the straight line joining them. The legend and the table under the chart name each line's source.
/// </summary>
public sealed record SeriesChart(
    string Title, string AxisUnit, IReadOnlyList<SeriesChart.Band> Bands, IReadOnlyList<SeriesChart.Tick> XTicks,
    IReadOnlyList<SeriesChart.Tick> YTicks, IReadOnlyList<SeriesChart.Line> Lines)
{
    public const int Width = 720;
    public const int Height = 300;
    public const int Left = 58;
    public const int Right = 12;
    public const int Top = 20;
    public const int Bottom = 34;

    public static int PlotBottom => Height - Bottom;

    public static int PlotRight => Width - Right;

    /// <summary>An era behind the plot. Eras overlap (reform and Northeast revitalisation): the first row fills the
    /// plot's height; an era that overlaps one already drawn becomes a thin strip along the top, in a row of its own.</summary>
    public sealed record Band(string Slug, string Name, string X, string W, int Colour, bool Labelled, int Row)
    {
        public string Y => Row == 0 ? Top.ToString(CultureInfo.InvariantCulture) : (Top + ((Row - 1) * 5)).ToString(CultureInfo.InvariantCulture);

        public string H => Row == 0 ? (PlotBottom - Top).ToString(CultureInfo.InvariantCulture) : "4";
    }

    public sealed record Tick(string At, string Label);

    public sealed record Marker(string X, string Y, bool Approximate, string Text);

    public sealed record Line(int Index, string Label, string Points, IReadOnlyList<Marker> Markers, SeriesItem Series);

    public sealed record EraInput(string Slug, string Name, int Start, int? End, int Colour);

    /// <summary>Lays out <paramref name="series"/> (all of one indicator) over <paramref name="eras"/>.</summary>
    public static SeriesChart Layout(string title, IReadOnlyList<SeriesItem> series, IReadOnlyList<EraInput> eras, int now, Func<SeriesItem, string>? label = null)
    {
        var unit = series[0].Indicator.Unit;
        var points = series.SelectMany(s => s.Points).ToList();
        var first = points.Min(p => p.Year);
        var last = points.Max(p => p.Year);
        // A little room either side, and at least a decade, so a single figure is not pinned to the frame.
        var pad = Math.Max(2, (last - first) / 25);
        double x0 = first - pad, x1 = Math.Max(last + pad, first - pad + 10);
        var max = points.Max(p => p.Value);
        var (factor, axisUnit) = Figures.AxisUnit(max, unit);
        // Headroom above the highest figure, so its marker clears the era strips along the top.
        var (top, step) = NiceScale(max * 1.08 / factor);

        double X(double year) => Left + ((PlotRight - Left) * (year - x0) / (x1 - x0));
        double Y(double value) => PlotBottom - ((PlotBottom - Top) * (value / factor) / top);
        static string U(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

        var rowEnds = new List<int>();
        var bands = eras.Where(e => e.Start < x1 && (e.End ?? now) > x0).Select(e =>
        {
            var from = X(Math.Max(e.Start, x0));
            var to = X(Math.Min(e.End ?? now, x1));
            var row = rowEnds.FindIndex(end => end <= e.Start);
            if (row < 0)
            {
                rowEnds.Add(e.End ?? now);
                row = rowEnds.Count - 1;
            }
            else
            {
                rowEnds[row] = e.End ?? now;
            }

            // A band is named inside its top edge when the name fits in it (about 5.5 units a letter at 10 px).
            return new Band(e.Slug, e.Name, U(from), U(Math.Max(1, to - from)), e.Colour, row == 0 && to - from > (e.Name.Length * 5.5) + 6, row);
        }).ToList();

        var yTicks = new List<Tick>();
        for (var v = 0.0; v <= top + (step / 2); v += step)
        {
            yTicks.Add(new Tick(U(Y(v * factor)), Figures.Number(v)));
        }

        var xStep = NiceYearStep(x1 - x0);
        var xTicks = new List<Tick>();
        for (var y = (int)(Math.Ceiling(x0 / xStep) * xStep); y <= x1; y += xStep)
        {
            xTicks.Add(new Tick(U(X(y)), Content.AtlasYear.Format(y)));
        }

        var lines = series.Select((s, i) => new Line(i, label?.Invoke(s) ?? s.Label,
            string.Join(' ', s.Points.Select(p => $"{U(X(p.Year))},{U(Y(p.Value))}")),
            [.. s.Points.Select(p => new Marker(U(X(p.Year)), U(Y(p.Value)), p.Approx || p.YearApprox,
                $"{Figures.WithYear(p, unit)} ({p.Source.Credit})"))], s)).ToList();
        return new SeriesChart(title, axisUnit, bands, xTicks, yTicks, lines);
    }

    /// <summary>A round top for the axis and the step between its ticks (1, 2 or 5 times a power of ten).</summary>
    internal static (double Top, double Step) NiceScale(double max)
    {
        if (max <= 0)
        {
            return (1, 0.25);
        }

        var raw = max / 4;
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * power).First(s => s >= raw);
        return (Math.Ceiling(max / step) * step, step);
    }

    private static int NiceYearStep(double span) => span switch
    {
        <= 12 => 2,
        <= 30 => 5,
        <= 60 => 10,
        <= 150 => 20,
        <= 300 => 50,
        _ => 100,
    };
}

/// <summary>A chart as a page shows it: an id for its headings, the chart, where its figures download, and who it is for.</summary>
public sealed record ChartBlock(string Id, SeriesChart Chart, string CsvHref, string? Note = null);
