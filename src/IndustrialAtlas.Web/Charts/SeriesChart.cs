using System.Globalization;

namespace IndustrialAtlas.Web.Charts;

/// <summary>
/// One indicator's series drawn as a line chart in server-rendered SVG (attributes only, so the strict CSP holds
/// and the chart prints and works without JavaScript): the national eras as bands behind, a line and a marker
/// for each figure, an approximate figure as a hollow marker, and nothing drawn between figures that no source gave
/// beyond the straight line joining them. The legend and the table under the chart name each line's source.
/// </summary>
public sealed record SeriesChart(
    string Title, string AxisUnit, ChartFrame Frame, IReadOnlyList<SeriesChart.Band> Bands, IReadOnlyList<SeriesChart.Tick> XTicks,
    IReadOnlyList<SeriesChart.Tick> YTicks, IReadOnlyList<SeriesChart.Line> Lines)
{
    /// <summary>Room in user units between two year labels, so that "1950" and "1960" never touch (about 26 units each at 11 px).</summary>
    private const double MinYearGap = 40;

    private static readonly int[] YearSteps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];

    /// <summary>An era behind the plot. Eras overlap (reform and Northeast revitalisation): the first row fills the
    /// plot's height; an era that overlaps one already drawn becomes a thin strip along the top, in a row of its own.</summary>
    public sealed record Band(string Slug, string Name, string X, string Y, string W, string H, int Colour, bool Labelled, int Row);

    public sealed record Tick(string At, string Label);

    public sealed record Marker(string X, string Y, bool Approximate, string Text);

    public sealed record Line(int Index, string Label, string Points, IReadOnlyList<Marker> Markers, SeriesItem Series);

    public sealed record EraInput(string Slug, string Name, int Start, int? End, int Colour);

    /// <summary>Lays out <paramref name="series"/> (all of one indicator) over <paramref name="eras"/> in <paramref name="frame"/> (the wide one when null).</summary>
    public static SeriesChart Layout(string title, IReadOnlyList<SeriesItem> series, IReadOnlyList<EraInput> eras, int now, Func<SeriesItem, string>? label = null, ChartFrame? frame = null)
    {
        var f = frame ?? ChartFrame.Wide;
        var unit = series[0].Indicator.Unit;
        var points = series.SelectMany(s => s.Points).ToList();
        var first = points.Min(p => p.Year);
        var last = points.Max(p => p.Year);
        // A little room either side, and at least a decade, so a single figure is not pinned to the frame.
        var pad = Math.Max(2, (last - first) / 25);
        double x0 = first - pad, x1 = Math.Max(last + pad, first - pad + 10);
        var max = points.Max(p => p.Value);
        var language = series[0].Language;
        var (factor, axisUnit) = Figures.AxisUnit(max, unit, language);
        // Headroom above the highest figure, so its marker clears the era strips along the top.
        var (top, step) = NiceScale(max * 1.08 / factor);

        double X(double year) => f.Left + ((f.PlotRight - f.Left) * (year - x0) / (x1 - x0));
        double Y(double value) => f.PlotBottom - ((f.PlotBottom - f.Top) * (value / factor) / top);
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

            var (y, h) = row == 0 ? (f.Top, f.PlotBottom - f.Top) : (f.Top + ((row - 1) * 5), 4);
            // A band is named inside its top edge when the name fits in it (about 5.5 units a letter at 10 px).
            return new Band(e.Slug, e.Name, U(from), U(y), U(Math.Max(1, to - from)), U(h), e.Colour, row == 0 && to - from > (e.Name.Length * 5.5) + 6, row);
        }).ToList();

        var yTicks = new List<Tick>();
        for (var v = 0.0; v <= top + (step / 2); v += step)
        {
            yTicks.Add(new Tick(U(Y(v * factor)), Figures.Number(v)));
        }

        // A narrow frame gets fewer years on its axis, each still as readable as on the wide one.
        var xStep = NiceYearStep(x1 - x0);
        var perYear = (f.PlotRight - f.Left) / (x1 - x0);
        xStep = YearSteps.FirstOrDefault(s => s >= xStep && s * perYear >= MinYearGap, YearSteps[^1]);
        var xTicks = new List<Tick>();
        for (var y = (int)(Math.Ceiling(x0 / xStep) * xStep); y <= x1; y += xStep)
        {
            xTicks.Add(new Tick(U(X(y)), Content.AtlasYear.Format(y)));
        }

        var lines = series.Select((s, i) => new Line(i, label?.Invoke(s) ?? s.Label,
            string.Join(' ', s.Points.Select(p => $"{U(X(p.Year))},{U(Y(p.Value))}")),
            [.. s.Points.Select(p => new Marker(U(X(p.Year)), U(Y(p.Value)), p.Approx || p.YearApprox,
                language == Settings.AtlasLanguage.Chinese
                    ? $"{Figures.WithYear(p.Value, unit, p.Approx, p.Year, p.YearApprox, language)}（{p.Source.CreditIn(chinese: true)}）"
                    : $"{Figures.WithYear(p, unit)} ({p.Source.Credit})"))], s)).ToList();
        return new SeriesChart(title, axisUnit, f, bands, xTicks, yTicks, lines);
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

/// <summary>
/// The box a chart is drawn in, in SVG user units: the wide frame for screens where it keeps its text at a readable
/// size, and a narrow one for phones, drawn at about one unit a pixel, so the chart fits the width with its text as
/// large as on the wide one.
/// </summary>
public sealed record ChartFrame(string Name, int Width, int Height, int Left, int Right, int Top, int Bottom)
{
    public static readonly ChartFrame Wide = new("wide", 720, 300, 58, 12, 20, 34);

    public static readonly ChartFrame Narrow = new("narrow", 360, 280, 44, 18, 20, 34);

    public int PlotBottom => Height - Bottom;

    public int PlotRight => Width - Right;
}

/// <summary>
/// A chart as a page shows it: an id for its headings, the chart laid out wide and narrow (the page shows the one
/// that fits), where its figures download and, on a city page, the comparison of the same indicator.
/// </summary>
public sealed record ChartBlock(string Id, SeriesChart Chart, SeriesChart Narrow, string CsvHref, string? Note = null)
{
    /// <summary>The same indicator compared with other cities; none where the chart already is a comparison.</summary>
    public string? CompareHref { get; init; }

    /// <summary>Lays the chart out in both frames.</summary>
    public static ChartBlock Draw(string id, string title, IReadOnlyList<SeriesItem> series, IReadOnlyList<SeriesChart.EraInput> eras, int now,
        string csvHref, Func<SeriesItem, string>? label = null, string? note = null) =>
        new(id, SeriesChart.Layout(title, series, eras, now, label, ChartFrame.Wide), SeriesChart.Layout(title, series, eras, now, label, ChartFrame.Narrow), csvHref, note);
}
