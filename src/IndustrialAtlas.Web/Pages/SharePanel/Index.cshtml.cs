using IndustrialAtlas.Web.Editions;
using IndustrialAtlas.Web.Pages.Citable;
using IndustrialAtlas.Web.Pages.Common;
using IndustrialAtlas.Web.Settings;
using IndustrialAtlas.Web.Sharing;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndustrialAtlas.Web.Pages.SharePanel;

/// <summary>
/// <c>/share-panel?url=…</c>: the Share panel and the head's metadata of a view, exactly as that view's own page renders
/// them, for a page whose view changes in place (the map rewrites its address as filters and the year move). The view
/// is read through <see cref="Citable.ViewRoutes.ResolveAsync"/> like <c>/cite</c> and <c>/oembed</c>, and pinned to the
/// edition in <c>url</c> (or the current one); the answer is cached like every other read.
/// </summary>
public sealed class IndexModel(AtlasDbContext db, TimeProvider clock) : PageModel, ICitableView
{
    public ViewReference View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? url, CancellationToken ct)
    {
        // A fragment for the page's script: search engines have the view's own page.
        Response.Headers["X-Robots-Tag"] = "noindex";
        if (string.IsNullOrWhiteSpace(url))
        {
            return Problem(StatusCodes.Status400BadRequest, "No view", "Give the view as 'url', its path and query, e.g. /share-panel?url=%2F%3Fyear%3D1958.");
        }

        if (IsElsewhere(url))
        {
            return Problem(StatusCodes.Status404NotFound, "Not a view of this atlas", $"\u201c{url}\u201d is not an address on this site.");
        }

        if (ViewReference.Split(url, HttpContext) is not var (path, query))
        {
            return Problem(StatusCodes.Status400BadRequest, "Not an address", $"\u201c{url}\u201d is not the address of a view: give its path and query, such as /?year=1958, or its full address on this site.");
        }

        // The pages' edition filter has pinned the store to the edition named inside url (RequestEdition reads it there),
        // and answered an unknown one before this handler.
        var view = await ViewRoutes.ResolveAsync(db, HttpContext.PinnedEdition(), path, query, clock.GetUtcNow().Year, ct);
        if (view is null)
        {
            return Problem(StatusCodes.Status404NotFound, "Unknown view", $"\u201c{url}\u201d is not a view of the atlas: no such page, city, claim, era or resource, or a query it cannot show.");
        }

        View = view;
        return Page();
    }

    public ViewReference? ViewOf(EditionView edition) => View;

    /// <summary>Another site's address: absolute (or scheme-relative) and not on this site. A path never is one.</summary>
    private bool IsElsewhere(string url)
    {
        var text = url.Trim();
        return text.StartsWith("//", StringComparison.Ordinal)
            || (!text.StartsWith('/') && Uri.TryCreate(text, UriKind.Absolute, out var absolute) && !HttpContext.IsOwn(absolute));
    }

    private static ObjectResult Problem(int status, string title, string detail) =>
        new(new ProblemDetails { Status = status, Title = title, Detail = detail }) { StatusCode = status, ContentTypes = { "application/problem+json" } };
}
