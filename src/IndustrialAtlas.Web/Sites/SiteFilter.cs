using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Settings;

namespace IndustrialAtlas.Web.Sites;

/// <summary>
/// The site filters shared by <c>/sites</c>, <c>/api/sites</c>, <c>/api/sites.csv</c> and the map's layer: <c>list</c>
/// (an official list), <c>kind</c>, <c>city</c> (a profiled city's slug) and <c>province</c>, combinable. An unknown value
/// is a problem the reader is told about, never a silently different list.
/// </summary>
public sealed record SiteFilter(string? List, string? Kind, string? City, string? Province)
{
    public static readonly SiteFilter None = new(null, null, null, null);

    public bool IsEmpty => List is null && Kind is null && City is null && Province is null;

    /// <summary>Reads the filters and checks each against the edition's lists and sites; every problem is named.</summary>
    public static (SiteFilter Filter, IReadOnlyList<Say> Problems) Parse(IQueryCollection query, SiteData data)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(data);
        var problems = new List<Say>();
        string? Text(string key) => QueryValue.Once(query, key, problems.Add);

        var filter = new SiteFilter(Text("list"), Text("kind"), Text("city"), Text("province"));
        problems.AddRange(filter.Check(data));
        return (filter, problems);
    }

    /// <summary>What is wrong with the filter's values in this edition.</summary>
    public IEnumerable<Say> Check(SiteData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (List is not null && data.List(List) is null)
        {
            yield return new Say("problem.list", List, new Say.Values([.. data.Lists.Select(l => (l.Slug, l.NameZh))]));
        }

        if (Kind is not null && !SiteKinds.Groups.ContainsKey(Kind))
        {
            yield return new Say("problem.kind", Kind, string.Join(", ", SiteKinds.Groups.Keys));
        }

        if (City is not null && data.Sites.All(s => s.City != City))
        {
            yield return new Say("problem.site.city", City);
        }

        if (Province is not null && data.Sites.All(s => !string.Equals(s.Place.Province, Province, StringComparison.OrdinalIgnoreCase)))
        {
            yield return new Say("problem.site.province", Province, string.Join(", ", data.Sites.Select(s => s.Place.Province).Distinct().Order(StringComparer.Ordinal)));
        }
    }

    /// <summary>The sites the filter keeps, in the data's order.</summary>
    public IEnumerable<SiteData.SiteItem> Apply(IEnumerable<SiteData.SiteItem> sites) => sites.Where(s =>
        (List is null || s.IsOn(List))
        && (Kind is null || s.Kind == Kind)
        && (City is null || s.City == City)
        && (Province is null || string.Equals(s.Place.Province, Province, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The query string of the filter, keys in a fixed order: "?list=soviet-156&amp;kind=coal-mine".</summary>
    public string ToQueryString()
    {
        var pairs = new (string Key, string? Value)[] { ("list", List), ("kind", Kind), ("city", City), ("province", Province) }
            .Where(p => p.Value is not null).Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)).ToList();
        return pairs.Count == 0 ? "" : QueryString.Create(pairs).ToString();
    }

    /// <summary>The index of the sites this filter keeps.</summary>
    public string Href => "/sites" + ToQueryString();

    /// <summary>The words for a kind of site: "coal-mine" as "coal mine".</summary>
    public static string KindName(string kind) => kind.Replace('-', ' ');

    /// <summary>What the filter keeps, for a title: "Coal mines of the 156 projects in Liaoning".</summary>
    public string Describe(SiteData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var what = Kind is null ? "Sites" : char.ToUpperInvariant(Kind[0]) + KindName(Kind)[1..] + (Kind.EndsWith('s') ? "" : "s");
        var of = List is not null && data.List(List) is { } list ? $"of {list.InSentence}" : "of the official lists";
        var where = new[] { City is null ? null : $"belonging to {City}", Province is null ? null : $"in {Province}" }.OfType<string>();
        return string.Join(' ', [what, of, .. where]);
    }
}
