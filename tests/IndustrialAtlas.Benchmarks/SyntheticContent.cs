using System.Globalization;
using System.Text;
using IndustrialAtlas.Content;

namespace IndustrialAtlas.Benchmarks;

/// <summary>
/// Writes N made-up but valid cities (cities/synthetic-0001.md …) beside copies of the real taxonomies, so the
/// app can be measured at a scale the real content has not reached. A fixed seed makes every run the same set.
/// </summary>
internal sealed class SyntheticContent
{
    private readonly Random random;
    private readonly IReadOnlyList<EraRecord> eras;
    private readonly IReadOnlyList<ResourceRecord> resources;
    private readonly int currentYear;

    private SyntheticContent(int seed, IReadOnlyList<EraRecord> eras, IReadOnlyList<ResourceRecord> resources, int currentYear)
    {
        random = new Random(seed);
        this.eras = [.. eras.OrderBy(e => e.Start.Value)];
        this.resources = resources;
        this.currentYear = currentYear;
    }

    /// <summary>Each city's phases as (start, end) years, to find the year the map shows most cities.</summary>
    public List<IReadOnlyList<(int Start, int? End)>> Phases { get; } = [];

    public static SyntheticContent Write(string realContent, string folder, int count, int seed, int currentYear)
    {
        Directory.CreateDirectory(Path.Combine(folder, ContentLoader.CitiesFolder));
        foreach (var file in new[] { ContentLoader.ErasFile, ContentLoader.ResourcesFile, ContentLoader.IndicatorsFile })
        {
            File.Copy(Path.Combine(realContent, file), Path.Combine(folder, file), overwrite: true);
        }

        // Only the taxonomies are read here; the real cities stay where they are.
        var problems = new List<Diagnostic>();
        var eras = TaxonomyReader.ReadEras(ContentLoader.ErasFile, File.ReadAllText(Path.Combine(folder, ContentLoader.ErasFile)), problems);
        var resources = TaxonomyReader.ReadResources(ContentLoader.ResourcesFile, File.ReadAllText(Path.Combine(folder, ContentLoader.ResourcesFile)), problems);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("the copied taxonomies do not load: " + string.Join("; ", problems));
        }

        var content = new SyntheticContent(seed, eras, resources, currentYear);
        for (var i = 1; i <= count; i++)
        {
            var slug = string.Create(CultureInfo.InvariantCulture, $"synthetic-{i:0000}");
            File.WriteAllText(Path.Combine(folder, ContentLoader.CitiesFolder, slug + ".md"), content.City(slug, i));
        }

        return content;
    }

    /// <summary>The year at which the most cities have a phase, and how many.</summary>
    public (int Year, int Count) Busiest()
    {
        var best = (Year: currentYear, Count: -1);
        for (var year = eras[0].Start.Value; year <= currentYear; year++)
        {
            var shown = Phases.Count(p => p.Any(x => x.Start <= year && (x.End is null || year <= x.End)));
            if (shown > best.Count)
            {
                best = (year, shown);
            }
        }

        return best;
    }

    private string City(string slug, int number)
    {
        var lat = 20 + (random.NextDouble() * 30);
        var lon = 75 + (random.NextDouble() * 55);
        var phases = PickPhases();
        Phases.Add([.. phases.Select(p => (p.Start, p.End))]);
        var picked = resources.OrderBy(_ => random.Next()).Take(random.Next(1, 5)).ToList();
        var claimEra = phases[0].Era;

        var yaml = new StringBuilder();
        Line(yaml, "---");
        Line(yaml, $"slug: {slug}");
        Line(yaml, $"name: Synthetic City {number}");
        Line(yaml, $"nameZh: 合成{number}市");
        Line(yaml, $"pinyin: Héchéng {number}");
        Line(yaml, "province: Nowhere");
        Line(yaml, $"lat: {lat:0.0000}");
        Line(yaml, $"lon: {lon:0.0000}");
        Line(yaml, $"population: {{ value: {random.Next(50_000, 5_000_000)}, year: 2020, source: survey }}");
        Line(yaml, "summary: A made-up city that exists only to measure the atlas at scale.");
        Line(yaml, "phases:");
        foreach (var (title, start, end, era) in phases)
        {
            Line(yaml, $"  - title: {title}");
            Line(yaml, $"    start: {start}");
            if (end is not null)
            {
                Line(yaml, $"    end: {end}");
            }

            Line(yaml, $"    era: {era}");
            Line(yaml, "    summary: An invented period.");
        }

        Line(yaml, "resources:");
        foreach (var resource in picked)
        {
            Line(yaml, $"  - {{ resource: {resource.Slug}, figure: {random.Next(1, 1000)}, unit: thousand tonnes a year, year: 2020, sources: [survey] }}");
        }

        Line(yaml, "claims:");
        Line(yaml, $"  - {{ id: {slug}-founded, text: The city grew in the {claimEra} era., support: supported, origin: research, era: {claimEra}, sources: [survey] }}");
        Line(yaml, $"  - {{ id: {slug}-legend, text: A legend says the ore was found by a shepherd., support: unsupported, note: No record of it was found., origin: essay }}");
        Line(yaml, "sources:");
        Line(yaml, "  - { id: survey, title: Synthetic survey, publisher: Benchmark generator, url: https://example.org/survey, accessed: 2026-11-23, kind: reference }");
        Line(yaml, "---");
        Line(yaml, $"Synthetic City {number} is generated for the benchmark. It has **{phases.Count}** phases.");
        return yaml.ToString();
    }

    /// <summary>
    /// Phases in era order, each inside its era, as the content rules want them: sometimes one early phase before
    /// 1840 (gaps there are allowed), and, like most real industrial cities (about four in five), an unbroken run from a
    /// year after 1840 to the present, each phase starting the year after the one before ends.
    /// </summary>
    private List<(string Title, int Start, int? End, string Era)> PickPhases()
    {
        var phases = new List<(string, int, int?, string)>();
        var early = eras.Where(e => e.End is { } end && end.Value < 1840).ToList();
        var existsToday = random.Next(5) > 0;
        if (early.Count > 0 && (!existsToday || random.Next(3) == 0))
        {
            var era = early[random.Next(early.Count)];
            var start = NotZero(random.Next(era.Start.Value, era.End!.Value.Value + 1));
            phases.Add(($"Phase {phases.Count + 1}", start, NotZero(random.Next(start, era.End.Value.Value + 1)), era.Slug));
        }

        if (!existsToday && phases.Count > 0)
        {
            return phases;
        }

        for (var year = random.Next(1840, currentYear - 5); ;)
        {
            var candidates = eras.Where(e => e.Start.Value <= year && year <= (e.End?.Value ?? currentYear)).ToList();
            var era = candidates[random.Next(candidates.Count)];
            if (era.End is null)
            {
                phases.Add(($"Phase {phases.Count + 1}", year, null, era.Slug));
                return phases;
            }

            var end = random.Next(year, era.End.Value.Value + 1);
            phases.Add(($"Phase {phases.Count + 1}", year, end, era.Slug));
            year = end + 1;
        }
    }

    /// <summary>The calendar has no year 0.</summary>
    private static int NotZero(int year) => year == 0 ? 1 : year;

    private static void Line(StringBuilder text, FormattableString line) => text.Append(FormattableString.Invariant(line)).Append('\n');

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
