using System.Globalization;
using IndustrialAtlas.Content;

namespace IndustrialAtlas.Web.Pages.Cities;

/// <summary>
/// A city's phases drawn over the national eras, as SVG geometry in a 1000-unit-wide viewBox (attributes, not
/// inline styles, so the page keeps its strict CSP). Centuries before 1850 are drawn on a compressed scale, so the
/// industrial period, where most phases fall, gets most of the width.
/// </summary>
public sealed record CityTimeline(IReadOnlyList<CityTimeline.Bar> Eras, IReadOnlyList<CityTimeline.Bar> Phases, IReadOnlyList<CityTimeline.Tick> Ticks)
{
    public const int Width = 1000;
    private const int Pivot = 1850;
    private const double PivotX = 300;

    public sealed record Bar(string Slug, string Label, string X, string W, int Row, int Colour, bool Approximate);

    public sealed record Tick(string X, string Label);

    public sealed record EraInput(string Slug, string Name, int Start, int? End, int Colour);

    public sealed record PhaseInput(string Title, int Start, bool StartApprox, int? End, bool EndApprox, string Era);

    public static CityTimeline Layout(IReadOnlyList<EraInput> eras, IReadOnlyList<PhaseInput> phases, int now)
    {
        if (phases.Count == 0)
        {
            return new CityTimeline([], [], []);
        }

        var from = phases.Min(p => p.Start);
        var compressed = from < Pivot - 100;
        double X(int year)
        {
            year = Math.Clamp(year, from, now);
            if (!compressed)
            {
                return Width * (year - from) / (double)Math.Max(1, now - from);
            }

            return year <= Pivot
                ? PivotX * (year - from) / (Pivot - from)
                : PivotX + ((Width - PivotX) * (year - Pivot) / Math.Max(1, now - Pivot));
        }

        static string U(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
        Bar BarOf(string slug, string label, int start, int? end, int row, int colour, bool approximate)
        {
            var x = X(start);
            return new Bar(slug, label, U(x), U(Math.Max(3, X(end ?? now) - x)), row, colour, approximate);
        }

        var eraBars = eras.Where(e => (e.End ?? now) >= from)
            .Select(e => BarOf(e.Slug, e.Name, e.Start, e.End, 0, e.Colour, false)).ToList();
        var colours = eras.ToDictionary(e => e.Slug, e => e.Colour);
        var phaseBars = phases.Select((p, i) => BarOf(p.Era, $"{p.Title} ({AtlasYear.Format(p.Start, p.StartApprox)}\u2013{(p.End is null ? "today" : AtlasYear.Format(p.End.Value, p.EndApprox))})",
            p.Start, p.End, 1 + (i % 2), colours.GetValueOrDefault(p.Era), p.StartApprox || p.EndApprox)).ToList();
        var tickYears = compressed ? new[] { from, Pivot, 1900, 1950, now } : [from, (from + now) / 2, now];
        var ticks = tickYears.Distinct().Where(y => y >= from && y <= now)
            .Select(y => new Tick(U(X(y)), AtlasYear.Format(y))).ToList();
        return new CityTimeline(eraBars, phaseBars, ticks);
    }
}
