using IndustrialAtlas.Web.Atlas;
using IndustrialAtlas.Web.Settings;
using Microsoft.AspNetCore.WebUtilities;

namespace IndustrialAtlas.Web.Sharing;

/// <summary>The words of a reference: a map described in a sentence, names listed, text shortened; and a cited address read.</summary>
public sealed partial record ViewReference
{
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

    internal static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";

    /// <summary>"A", "A and B", "A, B and C"; past twelve names, "… and 9 more".</summary>
    internal static string NameList(List<string> names)
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
