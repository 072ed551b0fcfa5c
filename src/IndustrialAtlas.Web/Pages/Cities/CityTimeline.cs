using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Atlas;
using IndustrialAtlas.Web.Settings;

namespace IndustrialAtlas.Web.Pages.Cities;

/// <summary>
/// A city's phases drawn over the national eras, as SVG geometry in a 1000-unit-wide viewBox (attributes, not
/// inline styles, so the page keeps its strict CSP), on the map slider's own <see cref="TimeScale"/> and range: the
/// centuries before 1850 take the first fifth of the width, and a year sits at the same place along the city's
/// timeline as along the slider.
/// </summary>
public sealed record CityTimeline(IReadOnlyList<CityTimeline.Bar> Eras, IReadOnlyList<CityTimeline.Bar> Phases, IReadOnlyList<CityTimeline.Tick> Ticks)
{
    public const int Width = TimeScale.Width;

    public sealed record Bar(string Slug, string Label, string X, string W, int Row, int Colour, bool Approximate);

    /// <summary>A year named under the timeline; a minor one, close to the year before it, is left out on a phone's width.</summary>
    public sealed record Tick(string X, string Label, bool Minor);

    /// <summary>Room, in thousandths of the width, that a year's label needs on a phone (a label such as "475 BCE").</summary>
    private const double PhoneLabelRoom = 150;

    public sealed record EraInput(string Slug, string Name, int Start, int? End, int Colour);

    public sealed record PhaseInput(string Title, int Start, bool StartApprox, int? End, bool EndApprox, string Era);

    /// <summary>Lays the phases out on <paramref name="scale"/>: the slider's, from the first era's start to this year.</summary>
    public static CityTimeline Layout(TimeScale scale, IReadOnlyList<EraInput> eras, IReadOnlyList<PhaseInput> phases, AtlasLanguage language = AtlasLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(scale);
        if (phases.Count == 0)
        {
            return new CityTimeline([], [], []);
        }

        var now = scale.Max;
        Bar BarOf(string slug, string label, int start, int? end, int row, int colour, bool approximate)
        {
            var x = scale.Position(start);
            return new Bar(slug, label, TimeScale.Units(x), TimeScale.Units(Math.Max(3, scale.Position(end ?? now) - x)), row, colour, approximate);
        }

        var eraBars = eras.Select(e => BarOf(e.Slug, e.Name, e.Start, e.End, 0, e.Colour, false)).ToList();
        var colours = eras.ToDictionary(e => e.Slug, e => e.Colour);
        var phaseBars = phases.Select((p, i) => BarOf(p.Era, language == AtlasLanguage.Chinese ? $"{p.Title}（{LocalFormat.Span(language, p.Start, p.End, p.StartApprox, p.EndApprox)}）" : $"{p.Title} ({AtlasYear.Span(p.Start, p.End, p.StartApprox, p.EndApprox)})",
            p.Start, p.End, 1 + (i % 2), colours.GetValueOrDefault(p.Era), p.StartApprox || p.EndApprox)).ToList();
        // The slider's own ticks; on a phone the ones crowding the tick before them give way.
        var ticks = new List<Tick>();
        var kept = double.NegativeInfinity;
        foreach (var (x, label) in scale.Ticks(language))
        {
            var at = double.Parse(x, System.Globalization.CultureInfo.InvariantCulture);
            var minor = at - kept < PhoneLabelRoom && at < Width;
            kept = minor ? kept : at;
            ticks.Add(new Tick(x, label, minor));
        }

        return new CityTimeline(eraBars, phaseBars, ticks);
    }
}
