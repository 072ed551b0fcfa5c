using System.Globalization;
using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Store;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Charts;

/// <summary>An indicator as views name it.</summary>
public sealed record IndicatorItem(string Slug, string Name, string Unit, string Kind);

/// <summary>One figure: year, value in the indicator's unit, whether either is approximate, and its source.</summary>
public sealed record PointItem(int Year, bool YearApprox, double Value, bool Approx, SourceRow Source, string? Note)
{
    /// <summary>"c. 1935" or "1983".</summary>
    public string YearText => AtlasYear.Format(Year, YearApprox);
}

/// <summary>
/// One series of one city, ready to draw or download. <c>Main</c> says whether it is the city's first series of its
/// indicator, the one the map's measure uses.
/// </summary>
public sealed record SeriesItem(
    string City, string CityName, IndicatorItem Indicator, string? Scope, string WrittenUnit, string? Note, bool Main,
    SourceRow? Source, IReadOnlyList<PointItem> Points)
{
    /// <summary>What the line counts, for a legend: the scope, else the city.</summary>
    public string Subject => Scope ?? CityName;

    /// <summary>The sources of its points, each once, in the order they first appear.</summary>
    public IReadOnlyList<SourceRow> Sources => Source is { } s ? [s, .. Points.Select(p => p.Source).Where(p => p != s).Distinct()] : [.. Points.Select(p => p.Source).Distinct()];

    /// <summary>The line's label: what it counts and who gives the figures.</summary>
    public string Label => $"{Subject} ({string.Join("; ", Sources.Select(x => x.Credit))})";
}

/// <summary>Reads series from the pinned edition.</summary>
public static class SeriesData
{
    public static async Task<IReadOnlyList<IndicatorItem>> IndicatorsAsync(AtlasDbContext db, CancellationToken ct) =>
        await db.Indicators.AsNoTracking().OrderBy(i => i.Id).Select(i => new IndicatorItem(i.Slug, i.Name, i.Unit, i.Kind)).ToListAsync(ct);

    /// <summary>The series of the given cities (all when null), of one indicator (all when null), in profile order.</summary>
    public static async Task<IReadOnlyList<SeriesItem>> ReadAsync(AtlasDbContext db, string[]? cities, string? indicator, CancellationToken ct)
    {
        var query = db.Series.AsNoTracking();
        if (cities is not null)
        {
            query = query.Where(s => cities.Contains(s.City.Slug));
        }

        if (indicator is not null)
        {
            query = query.Where(s => s.Indicator.Slug == indicator);
        }

        var rows = await query.AsSplitQuery().OrderBy(s => s.City.Name).ThenBy(s => s.Position).Select(s => new
        {
            City = s.City.Slug,
            CityName = s.City.Name,
            Indicator = new IndicatorItem(s.Indicator.Slug, s.Indicator.Name, s.Indicator.Unit, s.Indicator.Kind),
            s.Scope,
            s.WrittenUnit,
            s.Note,
            s.Position,
            Source = s.Source == null ? null : new SourceRow(s.Source.Title, s.Source.Publisher, s.Source.Author, s.Source.Url, s.Source.Accessed, s.Source.Kind, s.Source.ReadAt, s.Source.Published),
            Points = s.Points.OrderBy(p => p.Year).Select(p => new
            {
                p.Year,
                p.YearApproximate,
                p.Value,
                p.Approximate,
                p.Note,
                Source = new SourceRow(p.Source.Title, p.Source.Publisher, p.Source.Author, p.Source.Url, p.Source.Accessed, p.Source.Kind, p.Source.ReadAt, p.Source.Published),
            }).ToList(),
        }).ToListAsync(ct);

        // The main series of an indicator is the city's first one in the profile.
        var firsts = rows.GroupBy(r => (r.City, r.Indicator.Slug)).ToDictionary(g => g.Key, g => g.Min(r => r.Position));
        return [.. rows.Select(r => new SeriesItem(r.City, r.CityName, r.Indicator, r.Scope, r.WrittenUnit, r.Note,
            firsts[(r.City, r.Indicator.Slug)] == r.Position, r.Source,
            [.. r.Points.Select(p => new PointItem(p.Year, p.YearApproximate, p.Value, p.Approximate, p.Source == r.Source ? r.Source! : p.Source, p.Note))]))];
    }
}

/// <summary>Figures for readers: 12.3 Mt, 3.33 million people, 843 kt; "c." before an approximate one.</summary>
public static class Figures
{
    public static string Format(double value, string unit, bool approximate = false)
    {
        var text = unit switch
        {
            "t" => Scaled(value, [(1e6, "Mt"), (1e3, "kt"), (1, "t")]),
            "people" => Scaled(value, [(1e6, "million people"), (1, "people")]),
            "m3" => Scaled(value, [(1e9, "billion m³"), (1e6, "million m³"), (1, "m³")]),
            "yuan" => Scaled(value, [(1e9, "billion yuan"), (1e6, "million yuan"), (1, "yuan")]),
            "vehicles" => Scaled(value, [(1e3, "thousand vehicles"), (1, "vehicles")]),
            "kWh" => Scaled(value, [(1e9, "billion kWh"), (1e6, "million kWh"), (1, "kWh")]),
            _ => $"{Number(value)} {unit}",
        };
        return approximate ? "c. " + text : text;
    }

    /// <summary>The figure with its own year: "12.3 Mt in 1983".</summary>
    public static string WithYear(PointItem point, string unit) => $"{Format(point.Value, unit, point.Approx)} in {point.YearText}";

    /// <summary>An axis tick: the number in the axis's unit, without the unit.</summary>
    public static (double Factor, string Unit) AxisUnit(double max, string unit) => unit switch
    {
        "t" => max >= 1e6 ? (1e6, "Mt") : max >= 1e3 ? (1e3, "kt") : (1, "t"),
        "people" => max >= 1e6 ? (1e6, "million people") : max >= 1e3 ? (1e3, "thousand people") : (1, "people"),
        "m3" => max >= 1e9 ? (1e9, "billion m³") : max >= 1e6 ? (1e6, "million m³") : (1, "m³"),
        "yuan" => max >= 1e9 ? (1e9, "billion yuan") : (1e6, "million yuan"),
        "vehicles" => max >= 1e3 ? (1e3, "thousand vehicles") : (1, "vehicles"),
        "kWh" => max >= 1e9 ? (1e9, "billion kWh") : (1e6, "million kWh"),
        _ => (1, unit),
    };

    private static string Scaled(double value, (double Factor, string Unit)[] scales)
    {
        foreach (var (factor, name) in scales)
        {
            if (value >= factor || factor == 1)
            {
                // Whole people and tonnes keep every digit; scaled figures keep three significant ones.
                return factor == 1 ? $"{value.ToString("#,0.##", CultureInfo.InvariantCulture)} {name}" : $"{Number(value / factor)} {name}";
            }
        }

        return Number(value);
    }

    public static string Number(double value)
    {
        var digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
        // Half away from zero, as readers round (15.25 Mt is 15.3 Mt), not to even.
        return Math.Round(value, digits, MidpointRounding.AwayFromZero).ToString(digits == 0 ? "#,0" : "#,0." + new string('#', digits), CultureInfo.InvariantCulture);
    }
}
