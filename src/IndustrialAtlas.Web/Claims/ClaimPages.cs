using System.Globalization;
using IndustrialAtlas.Web.Settings;

namespace IndustrialAtlas.Web.Claims;

/// <summary>
/// <c>/claims</c> in pages of <see cref="Size"/> claims (about 90 KB of HTML each), so no page grows with the atlas:
/// <c>page=</c> in the URL, kept with the filters and <c>q=</c>, and in the page's citation.
/// </summary>
public sealed record ClaimPages(int Page, int Total)
{
    /// <summary>Claims on a page.</summary>
    public const int Size = 100;

    /// <summary>How many pages the matching claims fill (one, if none match).</summary>
    public int Count => Math.Max(1, (Total + Size - 1) / Size);

    /// <summary>The first and last claim on this page, counted from one.</summary>
    public (int First, int Last) Range => (Math.Min(Total, ((Page - 1) * Size) + 1), Math.Min(Total, Page * Size));

    /// <summary>The store ids of the claims on this page, out of all the matching ids in display order.</summary>
    public IReadOnlyList<int> Of(IReadOnlyList<int> ids) => [.. ids.Skip((Page - 1) * Size).Take(Size)];

    /// <summary>The address of page <paramref name="page"/> with the same filters (page 1 is written without <c>page=</c>).</summary>
    public static string Href(ClaimFilter filter, int page)
    {
        var query = filter.ToQueryString();
        if (page <= 1)
        {
            return "/claims" + query;
        }

        return "/claims" + (query.Length == 0 ? "?" : query + "&") + "page=" + page.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Reads <c>page=</c>: a whole number from 1, given at most once; absent means the first page.</summary>
    public static (int Page, Say? Problem) Parse(IQueryCollection query)
    {
        var values = query["page"];
        if (values.Count == 0)
        {
            return (1, null);
        }

        if (values.Count > 1)
        {
            return (1, new Say("problem.once", "page", values.Count));
        }

        var text = values.ToString().Trim();
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1
            ? (page, null)
            : (1, new Say("problem.page", text));
    }
}
