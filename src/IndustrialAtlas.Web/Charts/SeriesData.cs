using System.Globalization;
using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Settings;
using IndustrialAtlas.Web.Store;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Charts;

/// <summary>An indicator as views name it.</summary>
public sealed record IndicatorItem(string Slug, string Name, string Unit, string Kind);

/// <summary>One figure: year, value in the indicator's unit, whether either is approximate, and its source.</summary>
public sealed record PointItem(int Year, bool YearApprox, double Value, bool Approx, SourceRow Source, string? Note)
{
    /// <summary>"c. 1935" or "1983" (约1935年, 1983年 in Chinese).</summary>
    public string YearText { get; init; } = AtlasYear.Format(Year, YearApprox);
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

    /// <summary>The language its names, scope and note are in.</summary>
    public AtlasLanguage Language { get; init; }

    /// <summary>The line's label: what it counts and who gives the figures.</summary>
    public string Label => Language == AtlasLanguage.Chinese
        ? $"{Subject}（{string.Join("；", Sources.Select(x => x.CreditIn(chinese: true)))}）"
        : $"{Subject} ({string.Join("; ", Sources.Select(x => x.Credit))})";
}

/// <summary>Reads series from the pinned edition.</summary>
public static class SeriesData
{
    public static Task<IReadOnlyList<IndicatorItem>> IndicatorsAsync(AtlasDbContext db, CancellationToken ct) => IndicatorsAsync(db, AtlasLanguage.English, ct);

    /// <summary>The indicators, named in <paramref name="language"/> (the English where the Chinese is not written).</summary>
    public static async Task<IReadOnlyList<IndicatorItem>> IndicatorsAsync(AtlasDbContext db, AtlasLanguage language, CancellationToken ct)
    {
        var chinese = language == AtlasLanguage.Chinese;
        return await db.Indicators.AsNoTracking().OrderBy(i => i.Id)
            .Select(i => new IndicatorItem(i.Slug, chinese && i.NameZh != null ? i.NameZh : i.Name, i.Unit, i.Kind)).ToListAsync(ct);
    }

    /// <summary>The series of the given cities (all when null), of one indicator (all when null), in profile order.</summary>
    public static Task<IReadOnlyList<SeriesItem>> ReadAsync(AtlasDbContext db, string[]? cities, string? indicator, CancellationToken ct) =>
        ReadAsync(db, cities, indicator, AtlasLanguage.English, ct);

    /// <summary>As the other overload, with names, scopes, notes and years in <paramref name="language"/> (the English where the Chinese is not written).</summary>
    public static async Task<IReadOnlyList<SeriesItem>> ReadAsync(AtlasDbContext db, string[]? cities, string? indicator, AtlasLanguage language, CancellationToken ct)
    {
        var chinese = language == AtlasLanguage.Chinese;
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
            CityName = chinese ? s.City.NameZh : s.City.Name,
            Indicator = new IndicatorItem(s.Indicator.Slug, chinese && s.Indicator.NameZh != null ? s.Indicator.NameZh : s.Indicator.Name, s.Indicator.Unit, s.Indicator.Kind),
            Scope = chinese && s.ScopeZh != null ? s.ScopeZh : s.Scope,
            s.WrittenUnit,
            Note = chinese && s.NoteZh != null ? s.NoteZh : s.Note,
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
            [.. r.Points.Select(p => new PointItem(p.Year, p.YearApproximate, p.Value, p.Approximate, p.Source == r.Source ? r.Source! : p.Source, p.Note)
            {
                YearText = LocalFormat.Year(language, p.Year, p.YearApproximate),
            })])
        {
            Language = language,
        })];
    }
}

/// <summary>
/// Figures for readers: 12.3 Mt, 3.33 million people, 843 kt, "c." before an approximate one; in Chinese with 万 and 亿
/// (1230万吨, 333万人), "约" before an approximate one.
/// </summary>
public static class Figures
{
    public static string Format(double value, string unit, bool approximate, AtlasLanguage language)
    {
        if (language != AtlasLanguage.Chinese)
        {
            return Format(value, unit, approximate);
        }

        var text = unit switch
        {
            "t" => ScaledChinese(value, "吨"),
            "people" => ScaledChinese(value, "人"),
            "m3" => ScaledChinese(value, "立方米"),
            "yuan" => ScaledChinese(value, "元"),
            "vehicles" => ScaledChinese(value, "辆"),
            "kWh" => ScaledChinese(value, "千瓦时"),
            _ => $"{Number(value)} {unit}",
        };
        return approximate ? "约" + text : text;
    }

    /// <summary>"12.3 Mt in 1983", or "1230万吨（1983年）".</summary>
    public static string WithYear(double value, string unit, bool approximate, int year, bool yearApproximate, AtlasLanguage language) => language == AtlasLanguage.Chinese
        ? $"{Format(value, unit, approximate, language)}（{LocalFormat.Year(language, year, yearApproximate)}）"
        : $"{Format(value, unit, approximate)} in {AtlasYear.Format(year, yearApproximate)}";

    private static string ScaledChinese(double value, string unit) =>
        // Chinese groups by 万 and 亿, not by thousands: 1230万吨, not 1,230万吨.
        (value >= 1e8 ? $"{Number(value / 1e8)}亿{unit}" : value >= 1e4 ? $"{Number(value / 1e4)}万{unit}" : $"{value.ToString("0.##", CultureInfo.InvariantCulture)}{unit}").Replace(",", "", StringComparison.Ordinal);

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

    /// <summary>An axis's unit in <paramref name="language"/>: Chinese counts in 万 and 亿 (万吨, 亿立方米).</summary>
    public static (double Factor, string Unit) AxisUnit(double max, string unit, AtlasLanguage language)
    {
        if (language != AtlasLanguage.Chinese)
        {
            return AxisUnit(max, unit);
        }

        var name = unit switch { "t" => "吨", "people" => "人", "m3" => "立方米", "yuan" => "元", "vehicles" => "辆", "kWh" => "千瓦时", _ => unit };
        return max >= 1e8 ? (1e8, "亿" + name) : max >= 1e4 ? (1e4, "万" + name) : (1, name);
    }

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
