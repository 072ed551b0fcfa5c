using IndustrialAtlas.Web.Editions;
using IndustrialAtlas.Web.Sharing;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndustrialAtlas.Web.Pages.Common;

/// <summary>
/// Pins the store to the edition the request reads (looked up once, by <see cref="RequestEdition"/>) before a
/// content page's handler runs. An unknown edition is a 404 and an empty store a 503, each with a page that says so.
/// </summary>
internal sealed class EditionFilter : IAsyncPageFilter
{
    public const string ViewKey = "atlas.view";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        var db = http.RequestServices.GetRequiredService<AtlasDbContext>();
        if (!http.TryPin(db, out var edition))
        {
            var lookup = http.Edition();
            var empty = lookup?.Problem is not EditionProblem.UnknownEdition;
            context.Result = ErrorPage.Result(context,
                empty ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status404NotFound,
                empty ? "No content has been published yet" : $"There is no edition \u201c{lookup?.Requested}\u201d",
                empty ? "The content has not been ingested successfully yet. The status page lists the problems." : "Edition ids are the short codes shown at the foot of each page. The current edition is linked below.",
                empty ? [new("/status", "Content status")] : [new(http.Request.Path, "This page in the current edition")]);
            return;
        }

        var executed = await next();
        if (executed.Result is PageResult && executed.Exception is null)
        {
            // The view as a student would cite it, as the page describes itself from what it has read; a page that is
            // not a view of its own (a list of eras, the status) has none.
            http.Items[ViewKey] = (context.HandlerInstance as ICitableView)?.ViewOf(edition);
        }
    }

    public static EditionView? Of(HttpContext context) => context.Edition()?.Edition;

    public static ViewReference? ViewOf(HttpContext context) => context.Items.TryGetValue(ViewKey, out var value) ? value as ViewReference : null;
}

/// <summary>A page that is a citable view: it builds its own citation from what it has already read.</summary>
internal interface ICitableView
{
    ViewReference? ViewOf(EditionView edition);
}
