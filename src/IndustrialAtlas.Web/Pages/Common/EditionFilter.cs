using IndustrialAtlas.Web.Sharing;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndustrialAtlas.Web.Pages.Common;

/// <summary>
/// Pins the store to the edition a content page reads (<c>edition=</c>, or the current one) before its
/// handler runs. An unknown edition is a 404 and an empty store a 503, each with a page that says so.
/// </summary>
internal sealed class EditionFilter : IAsyncPageFilter
{
    public const string ItemKey = "atlas.edition";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        var db = http.RequestServices.GetRequiredService<AtlasDbContext>();
        var requested = http.Request.Query["edition"].ToString();
        var edition = await db.PinEditionAsync(requested, http.RequestAborted);
        if (edition is null)
        {
            var empty = string.IsNullOrEmpty(requested);
            context.Result = ErrorPage.Result(context,
                empty ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status404NotFound,
                empty ? "No content has been published yet" : $"There is no edition \u201c{requested}\u201d",
                empty ? "The content has not been ingested successfully yet. The status page lists the problems." : "Edition ids are the short codes shown at the foot of each page. The current edition is linked below.",
                empty ? [new("/status", "Content status")] : [new(http.Request.Path, "This page in the current edition")]);
            return;
        }

        http.Items[ItemKey] = edition;
        var executed = await next();
        if (executed.Result is PageResult && executed.Exception is null)
        {
            // The view as a student would cite it: resolved once the page has rendered its own answer.
            var clock = http.RequestServices.GetRequiredService<TimeProvider>();
            http.Items[ViewKey] = await ViewReference.ResolveAsync(db, edition, http.Request.Path, http.Request.Query, clock.GetUtcNow().Year, http.RequestAborted);
        }
    }

    public const string ViewKey = "atlas.view";

    public static EditionView? Of(HttpContext context) => context.Items.TryGetValue(ItemKey, out var value) ? value as EditionView : null;

    public static ViewReference? ViewOf(HttpContext context) => context.Items.TryGetValue(ViewKey, out var value) ? value as ViewReference : null;
}
