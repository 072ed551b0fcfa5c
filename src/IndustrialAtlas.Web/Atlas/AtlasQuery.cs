using System.Globalization;
using IndustrialAtlas.Web.Settings;

namespace IndustrialAtlas.Web.Atlas;

/// <summary>One thing wrong with a view's query: the key it concerns and what is wrong.</summary>
public sealed record AtlasProblem(string Key, Say Message);

/// <summary>
/// The state of an atlas view as its URL carries it (DESIGN.md §4): <c>year, resource, era, city, lat, lon, z,
/// edition</c>, and since series, <c>measure</c> (an indicator that sizes the markers) and a year range <c>from</c>/<c>to</c>
/// (the cities active at any time within it) in place of the single year. Parsing checks the form of each value; <see cref="AtlasData.Check"/> checks the slugs against the
/// edition. Nothing is silently dropped: a bad value is a problem the reader is told about.
/// </summary>
public sealed record AtlasQuery(int? Year, string? Resource, string? Era, string? City, double? Lat, double? Lon, int? Zoom, string? Edition)
{
    /// <summary>The indicator whose figures size the markers, or null.</summary>
    public string? Measure { get; init; }

    /// <summary>The first year of a range, given with <see cref="To"/>.</summary>
    public int? From { get; init; }

    /// <summary>The last year of a range.</summary>
    public int? To { get; init; }

    /// <summary>The official list whose sites the map shows as their own layer (<c>soviet-156</c>, <c>industrial-heritage</c>), or null.</summary>
    public string? List { get; init; }

    /// <summary>The kind of site the layer shows (<c>coal-mine</c>); with no list, that kind on every list.</summary>
    public string? Kind { get; init; }

    /// <summary>Whether the view shows sites of the official lists.</summary>
    public bool HasSites => List is not null || Kind is not null;

    /// <summary>Whether the view shows a range of years rather than one.</summary>
    public bool IsRange => From is not null && To is not null;

    public const int MinZoom = 2;
    public const int MaxZoom = 12;

    private static readonly Say AYear = new("problem.what.year");

    public static (AtlasQuery Query, IReadOnlyList<AtlasProblem> Problems) Parse(IQueryCollection query)
    {
        var problems = new List<AtlasProblem>();
        string? Text(string key) => QueryValue.Once(query, key, message => problems.Add(new(key, message)));

        int? Integer(string key, int min, int max, Say what)
        {
            var text = Text(key);
            if (text is null)
            {
                return null;
            }

            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                problems.Add(new(key, new Say("problem.whole", key, what, text)));
                return null;
            }

            if (value < min || value > max)
            {
                problems.Add(new(key, new Say("problem.between", key, min, max, value)));
                return null;
            }

            return value;
        }

        double? Degrees(string key, double limit)
        {
            var text = Text(key);
            if (text is null)
            {
                return null;
            }

            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                problems.Add(new(key, new Say("problem.degrees", key, text)));
                return null;
            }

            if (Math.Abs(value) > limit)
            {
                problems.Add(new(key, new Say("problem.between", key, -limit, limit, value.ToString(CultureInfo.InvariantCulture))));
                return null;
            }

            return value;
        }

        var parsed = new AtlasQuery(
            Integer("year", -9999, 9999, AYear),
            Text("resource"),
            Text("era"),
            Text("city"),
            Degrees("lat", 90),
            Degrees("lon", 180),
            Integer("z", MinZoom, MaxZoom, new Say("problem.what.zoom")),
            Text("edition"))
        {
            Measure = Text("measure"),
            From = Integer("from", -9999, 9999, AYear),
            To = Integer("to", -9999, 9999, AYear),
            List = Text("list"),
            Kind = Text("kind"),
        };
        if (string.IsNullOrWhiteSpace(query["lat"]) != string.IsNullOrWhiteSpace(query["lon"]))
        {
            problems.Add(new("lat", new Say("problem.latlon")));
        }

        var hasFrom = !string.IsNullOrWhiteSpace(query["from"]);
        var hasTo = !string.IsNullOrWhiteSpace(query["to"]);
        if (hasFrom != hasTo)
        {
            problems.Add(new(hasFrom ? "from" : "to", new Say("problem.fromto")));
        }
        else if (parsed.From is { } from && parsed.To is { } to && from > to)
        {
            problems.Add(new("to", new Say("problem.backwards", to, from)));
        }

        // A range replaces the single year (the form without script sends the slider's year beside it); the view's
        // own address then carries the range alone.
        if (parsed.IsRange)
        {
            parsed = parsed with { Year = null };
        }

        return (parsed, problems);
    }

    /// <summary>The same view without the values named in <paramref name="problems"/>: the nearest valid view.</summary>
    public AtlasQuery Without(IEnumerable<AtlasProblem> problems)
    {
        var keys = problems.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var dropView = keys.Contains("lat") || keys.Contains("lon");
        return new AtlasQuery(
            keys.Contains("year") ? null : Year,
            keys.Contains("resource") ? null : Resource,
            keys.Contains("era") ? null : Era,
            keys.Contains("city") ? null : City,
            dropView ? null : Lat,
            dropView ? null : Lon,
            keys.Contains("z") ? null : Zoom,
            keys.Contains("edition") ? null : Edition)
        {
            Measure = keys.Contains("measure") ? null : Measure,
            From = keys.Contains("from") || keys.Contains("to") ? null : From,
            To = keys.Contains("from") || keys.Contains("to") ? null : To,
            List = keys.Contains("list") ? null : List,
            Kind = keys.Contains("kind") ? null : Kind,
        };
    }

    /// <summary>A view of the map by what it shows; every link to the map is built from one (its <see cref="Href"/>).</summary>
    public static AtlasQuery View(int? year = null, string? city = null, string? era = null, string? resource = null, double? lat = null, double? lon = null, int? zoom = null) =>
        new(year, resource, era, city, lat, lon, zoom, null);

    /// <summary>The map's address for this view, as the map itself writes it: "/?year=1958&amp;city=anshan".</summary>
    public string Href => "/" + ToQueryString();

    /// <summary>The query string for this view, keys in a fixed order, empty values left out.</summary>
    public string ToQueryString()
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                pairs.Add(new(key, value));
            }
        }

        Add("year", Year?.ToString(CultureInfo.InvariantCulture));
        Add("from", From?.ToString(CultureInfo.InvariantCulture));
        Add("to", To?.ToString(CultureInfo.InvariantCulture));
        Add("resource", Resource);
        Add("era", Era);
        Add("city", City);
        Add("lat", Lat?.ToString("0.####", CultureInfo.InvariantCulture));
        Add("lon", Lon?.ToString("0.####", CultureInfo.InvariantCulture));
        Add("z", Zoom?.ToString(CultureInfo.InvariantCulture));
        Add("measure", Measure);
        Add("list", List);
        Add("kind", Kind);
        Add("edition", Edition);
        return pairs.Count == 0 ? "" : QueryString.Create(pairs).ToString();
    }

}
