using System.Globalization;
using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Atlas;
using IndustrialAtlas.Web.Hosting;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Sharing;

/// <summary>
/// What a student cites: one view of the atlas, pinned to its edition. The stable URL always carries
/// <c>edition=</c>, so it shows the same data after the content changes; the title says what the view shows.
/// </summary>
/// <param name="Title">What the view shows, as a citation's title.</param>
/// <param name="PathAndQuery">The view's stable address, with <c>edition=</c>.</param>
/// <param name="EmbedPathAndQuery">The <c>/embed</c> address that shows the same view on a map.</param>
/// <param name="Edition">The edition the view reads.</param>
public sealed record ViewReference(string Title, string PathAndQuery, string EmbedPathAndQuery, EditionView Edition)
{
    public const string SiteName = "Industrial Atlas";

    /// <summary>What the view shows, in a sentence or two: the page's meta description and og:description, and, for a map,
    /// the alt text of its picture ("Map of 7 industrial cities of China in 1958, iron ore: Anshan, …").</summary>
    public string Description { get; init; } = "An atlas of China's industrial cities: each city's history, resources and figures, and every claim about it rated with its sources.";

    /// <summary>The alt text of the view's picture: the map's own description, a claim card's claim, or the map behind a page.</summary>
    public string ImageAlt
    {
        get => imageAlt ?? $"Map of China's industrial cities, for the view \u201c{Title}\u201d.";
        init => imageAlt = value;
    }

    private readonly string? imageAlt;

    /// <summary>The view's share picture (PNG, 1200 × 630): a claim's card, else the map of the view.</summary>
    public string ImagePathAndQuery
    {
        get => imagePathAndQuery ?? "/preview.png" + MapQuery;
        init => imagePathAndQuery = value;
    }

    private readonly string? imagePathAndQuery;

    /// <summary>What <c>/oembed</c> embeds: the view's embed, or for a claim its card.</summary>
    public string OEmbedPathAndQuery
    {
        get => oembedPathAndQuery ?? EmbedPathAndQuery;
        init => oembedPathAndQuery = value;
    }

    private readonly string? oembedPathAndQuery;

    /// <summary>Files particular to the view (a comparison's figures), listed before the map's.</summary>
    public IReadOnlyList<(string Label, string Href)> ExtraDownloads { get; init; } = [];

    /// <summary>Whether the view embeds as the map (every view but a comparison, which embeds as its chart).</summary>
    public bool IsMap => EmbedPathAndQuery == "/embed" || EmbedPathAndQuery.StartsWith("/embed?", StringComparison.Ordinal);

    /// <summary>The map query of the embed (for previews and map downloads), without the leading <c>/embed</c>; a
    /// comparison's preview is the map of its cities' present.</summary>
    public string MapQuery => IsMap ? EmbedPathAndQuery["/embed".Length..] : $"?edition={Edition.Id}";

    /// <summary>Files of this view's data, each with a label.</summary>
    public IReadOnlyList<(string Label, string Href)> Downloads
    {
        get
        {
            if (!IsMap)
            {
                return ExtraDownloads;
            }

            var map = QueryHelpers.ParseQuery(MapQuery);
            var claimFilter = new List<KeyValuePair<string, string?>>();
            foreach (var key in new[] { "city", "resource", "era" })
            {
                if (map.TryGetValue(key, out var value) && (key != "city" || PathAndQuery.StartsWith("/cities/", StringComparison.Ordinal) || PathAndQuery.StartsWith("/claims/", StringComparison.Ordinal)))
                {
                    claimFilter.Add(new(key, value.ToString()));
                }
            }

            claimFilter.Add(new("edition", Edition.Id));
            return
            [
                .. ExtraDownloads,
                ("Cities in this view (CSV)", "/api/atlas.csv" + MapQuery),
                ("Cities in this view (GeoJSON)", "/api/atlas.geojson" + MapQuery),
                ("Claims with support and sources (CSV)", "/api/claims.csv" + QueryString.Create(claimFilter)),
            ];
        }
    }

    /// <summary>
    /// Describes the view at <paramref name="path"/> with <paramref name="query"/>, reading the edition the context is
    /// pinned to. Null when the address is not a view of the atlas (unknown page, city or claim, or a bad query).
    /// </summary>
    public static async Task<ViewReference?> ResolveAsync(AtlasDbContext db, EditionView edition, string path, IQueryCollection query, int currentYear, CancellationToken ct)
    {
        var segments = path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var pinned = $"?edition={edition.Id}";
        switch (segments)
        {
            case [] or ["embed"]:
                return await MapViewAsync(db, edition, query, currentYear, ct);
            case ["cities", var slug]:
                var city = await db.Cities.AsNoTracking().Where(c => c.Slug == slug).Select(c => new { c.Name, c.NameZh, c.Latitude, c.Longitude, c.Summary }).FirstOrDefaultAsync(ct);
                return city is null ? null : ForCity(slug, city.Name, city.NameZh, city.Latitude, city.Longitude, edition) with { Description = Shorten(city.Summary, 300) };
            case ["claims", var id]:
                var claim = await db.Claims.AsNoTracking().Where(c => c.Key == id).Select(c => new { c.Text, c.Support, City = c.City.Slug, CityName = c.City.Name, c.Year, c.Note }).FirstOrDefaultAsync(ct);
                return claim is null ? null : ForClaim(id, claim.Text, claim.Support, claim.City, claim.Year is { } y ? Math.Clamp(y, await MinYearAsync(db, currentYear, ct), currentYear) : null, edition) with
                {
                    Description = Shorten($"A claim about {claim.CityName}, rated {claim.Support.ToWord()} by Industrial Atlas{(string.IsNullOrWhiteSpace(claim.Note) ? "." : ": " + claim.Note)}", 300),
                };
            case ["eras", var slug]:
                var era = await db.Eras.AsNoTracking().Where(e => e.Slug == slug).Select(e => new { e.Name, e.Start, e.End, e.Summary }).FirstOrDefaultAsync(ct);
                return era is null ? null : new ViewReference(
                    $"{era.Name} ({AtlasYear.Format(era.Start)}\u2013{(era.End is null ? "today" : AtlasYear.Format(era.End.Value))}) in China's industrial cities",
                    $"/eras/{slug}{pinned}", $"/embed?year={era.Start}&era={slug}&edition={edition.Id}", edition)
                {
                    Description = Shorten(era.Summary ?? $"The industrial cities of China in the era {era.Name}.", 300),
                };
            case ["resources", var slug]:
                var resource = await db.Resources.AsNoTracking().Where(r => r.Slug == slug).Select(r => r.Name).FirstOrDefaultAsync(ct);
                if (resource is null)
                {
                    return null;
                }

                var holders = await db.Cities.AsNoTracking().Where(c => c.Resources.Any(r => r.Resource.Slug == slug)).Select(c => c.Name).ToListAsync(ct);
                holders.Sort(StringComparer.Ordinal);
                return new ViewReference($"{resource} in China's industrial cities", $"/resources/{slug}{pinned}", $"/embed?resource={slug}&edition={edition.Id}", edition)
                {
                    Description = $"{resource} in {Count(holders.Count, "industrial city", "industrial cities")} of China{(holders.Count == 0 ? "" : ": " + NameList(holders))}, with figures, years and sources.",
                };
            case ["compare"] or ["embed", "compare"]:
                var compare = await Pages.Compare.CompareView.ReadAsync(db, query, currentYear, edition.Id, ct);
                return compare.Problem is null && compare.Chart is not null ? compare.Reference(edition) : null;
            case ["cities"]:
                var count = await db.Cities.AsNoTracking().CountAsync(ct);
                return new ViewReference("Industrial cities of China: Index", $"/cities{pinned}", $"/embed?edition={edition.Id}", edition)
                {
                    Description = $"Index of the {count} industrial cities of China in the atlas, by province, population, length of history and number of rated claims.",
                };
            case ["claims"]:
                return await ClaimsViewAsync(db, edition, query, ct);
            default:
                return null;
        }
    }

    /// <summary>
    /// A page of <c>/claims</c> as its reader sees it: the filters, <c>q=</c> and the page are in the cited address and
    /// the title says what the page lists; a query the page itself would refuse has no citation.
    /// </summary>
    private static async Task<ViewReference?> ClaimsViewAsync(AtlasDbContext db, EditionView edition, IQueryCollection query, CancellationToken ct)
    {
        var (filter, problems) = await Claims.ClaimFilter.ParseAsync(query, db, ct);
        var (page, pageProblem) = Claims.ClaimPages.Parse(query);
        if (problems.Count > 0 || pageProblem is not null)
        {
            return null;
        }

        var pages = new Claims.ClaimPages(page, (await filter.MatchingIdsAsync(db, ct)).Count);
        if (page > pages.Count)
        {
            return null;
        }

        var parts = new List<string>();
        if (filter.City is not null)
        {
            parts.Add("about " + await db.Cities.AsNoTracking().Where(c => c.Slug == filter.City).Select(c => c.Name).FirstAsync(ct));
        }

        if (filter.Support is { } support)
        {
            parts.Add("rated " + support.ToWord());
        }

        if (filter.Resource is not null)
        {
            parts.Add("on " + await db.Resources.AsNoTracking().Where(r => r.Slug == filter.Resource).Select(r => r.Name).FirstAsync(ct));
        }

        if (filter.Era is not null)
        {
            parts.Add("in the era " + await db.Eras.AsNoTracking().Where(e => e.Slug == filter.Era).Select(e => e.Name).FirstAsync(ct));
        }

        if (filter.Q is not null)
        {
            parts.Add($"closest to \u201c{Shorten(filter.Q, 80)}\u201d");
        }

        var title = parts.Count == 0 ? "Claims about China's industrial cities and how well they are supported" : $"Claims {string.Join(", ", parts)}";
        if (pages.Count > 1)
        {
            title += $" (page {pages.Page} of {pages.Count})";
        }

        var href = Claims.ClaimPages.Href(filter, page);
        var path = href + (href.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "edition=" + edition.Id;
        return new ViewReference(title, path, $"/embed?edition={edition.Id}", edition)
        {
            Description = $"{Count(pages.Total, "statement", "statements")} about China's industrial cities{(parts.Count == 0 ? "" : ", " + string.Join(", ", parts))}, each rated supported, disputed, unsupported or false, with a note and its sources.",
        };
    }

    /// <summary>A city page, embedded as the map centred on the city.</summary>
    public static ViewReference ForCity(string slug, string name, string nameZh, double lat, double lon, EditionView edition) =>
        new($"{name} ({nameZh}): History, resources and claims", $"/cities/{slug}?edition={edition.Id}",
            $"/embed?city={slug}&lat={lat.ToString("0.####", CultureInfo.InvariantCulture)}&lon={lon.ToString("0.####", CultureInfo.InvariantCulture)}&z=6&edition={edition.Id}", edition);

    /// <summary>A claim, embedded as its city on the map in the claim's year (already within the slider's range).</summary>
    public static ViewReference ForClaim(string id, string text, Support support, string citySlug, int? mapYear, EditionView edition) =>
        new($"Claim ({support.ToWord()}): {text.TrimEnd('.')}", $"/claims/{id}?edition={edition.Id}",
            $"/embed?{(mapYear is { } y ? $"year={y}&" : "")}city={citySlug}&edition={edition.Id}", edition)
        {
            ImagePathAndQuery = $"/preview/claims/{id}.png?edition={edition.Id}",
            ImageAlt = $"Card of a claim rated {support.ToWord()} by Industrial Atlas: \u201c{text}\u201d",
            OEmbedPathAndQuery = $"/embed/claims/{id}?edition={edition.Id}",
        };

    private static async Task<int> MinYearAsync(AtlasDbContext db, int currentYear, CancellationToken ct) =>
        Math.Min(currentYear, await db.Eras.AsNoTracking().MinAsync(e => (int?)e.Start, ct) ?? currentYear);

    private static async Task<ViewReference?> MapViewAsync(AtlasDbContext db, EditionView edition, IQueryCollection query, int currentYear, CancellationToken ct)
    {
        var (parsed, problems) = AtlasQuery.Parse(query);
        var data = await AtlasData.LoadAsync(db, currentYear, ct);
        if (problems.Count > 0 || data.Check(parsed).Count > 0)
        {
            return null;
        }

        var view = parsed with { Edition = edition.Id };
        var title = view.IsRange ? $"Industrial cities of China active in {data.YearsOf(view)}" : $"Industrial cities of China in {data.YearsOf(view)}";
        // No colon before a lower-case word: APA capitalises the first word after a colon, and styles take the
        // title as it is stored.
        if (view.Resource is { } resource)
        {
            title += $" with {data.ResourceName(resource).ToLowerInvariant()}";
        }

        if (view.Era is { } era)
        {
            title += $" (era: {data.EraName(era)})";
        }

        if (data.MeasureOf(view) is { } measure)
        {
            title += $", sized by {measure.Name.ToLowerInvariant()}";
        }

        if (view.City is { } city)
        {
            title += $", centred on {data.Cities.First(c => c.Slug == city).NameAt(data.YearOf(view))}";
        }

        var stable = view.IsRange ? view : view with { Year = data.YearOf(view) };
        var alt = MapDescription(data, view);
        return new ViewReference(title, "/" + stable.ToQueryString(), "/embed" + stable.ToQueryString(), edition) { Description = alt, ImageAlt = alt };
    }

    /// <summary>
    /// What the map shows, as a screen reader or a link preview says it: "Map of 7 industrial cities of China in 1958,
    /// iron ore, sized by crude steel: Anshan (6.4 Mt in 1958), Benxi, …". Names in the year's own form; figures
    /// with their own year, as the list below the map gives them.
    /// </summary>
    public static string MapDescription(AtlasData data, AtlasQuery view)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(view);
        var shown = data.Shown(view);
        var measure = data.MeasureOf(view);
        var filters = new List<string>();
        if (view.Resource is { } resource)
        {
            filters.Add(data.ResourceName(resource).ToLowerInvariant());
        }

        if (view.Era is { } era)
        {
            filters.Add($"era {data.EraName(era)}");
        }

        if (measure is not null)
        {
            filters.Add($"sized by {measure.Name.ToLowerInvariant()}");
        }

        var when = view.IsRange ? $"active in {data.YearsOf(view)}" : $"in {data.YearsOf(view)}";
        var head = $"Map of {Count(shown.Count, "industrial city", "industrial cities")} of China {when}{(filters.Count == 0 ? "" : ", " + string.Join(", ", filters))}";
        if (shown.Count == 0)
        {
            return head + ".";
        }

        var names = shown.Select(s => measure is not null && s.Figure is { } figure
            ? $"{s.NameThen} ({Charts.Figures.Format(figure.Value, measure.Unit, figure.Approx)} in {(figure.YearApprox ? "about " : "")}{figure.Year})"
            : s.NameThen).ToList();
        return $"{head}: {NameList(names)}.";
    }

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";

    /// <summary>"A", "A and B", "A, B and C"; past twelve names, "… and 9 more".</summary>
    private static string NameList(List<string> names)
    {
        const int Shown = 12;
        if (names.Count > Shown)
        {
            return string.Join(", ", names.Take(Shown)) + $" and {names.Count - Shown} more";
        }

        return names.Count <= 1 ? string.Join("", names) : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
    }

    /// <summary>The text cut at a word before <paramref name="max"/> characters, with an ellipsis when cut.</summary>
    public static string Shorten(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (clean.Length <= max)
        {
            return clean;
        }

        var cut = clean.LastIndexOf(' ', max - 1);
        return clean[..(cut > max / 2 ? cut : max - 1)].TrimEnd(',', ';', ':', '.') + "\u2026";
    }

    /// <summary>Splits a cited address (absolute on this site, or a path) into path and query; null when it is not one.</summary>
    public static (string Path, IQueryCollection Query)? Split(string? url, HttpContext context)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.RelativeOrAbsolute, out var uri))
        {
            return null;
        }

        if (uri.IsAbsoluteUri)
        {
            if (!context.IsOwn(uri))
            {
                return null;
            }

            uri = new Uri(uri.PathAndQuery, UriKind.Relative);
        }

        var text = uri.OriginalString;
        if (!text.StartsWith('/'))
        {
            return null;
        }

        var at = text.IndexOf('?', StringComparison.Ordinal);
        var path = at < 0 ? text : text[..at];
        var query = at < 0 ? new QueryCollection() : new QueryCollection(QueryHelpers.ParseQuery(text[at..]));
        return (path, query);
    }
}
