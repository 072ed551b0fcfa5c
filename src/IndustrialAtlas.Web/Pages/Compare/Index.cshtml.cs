using IndustrialAtlas.Web.Atlas;
using IndustrialAtlas.Web.Pages.Common;
using IndustrialAtlas.Web.Sharing;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndustrialAtlas.Web.Pages.Compare;

/// <summary><c>/compare</c>: the form to choose cities and an indicator, and the chart of their series.</summary>
public sealed class IndexModel(AtlasDbContext db, TimeProvider clock) : PageModel, ICitableView
{
    public CompareView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var edition = EditionFilter.Of(HttpContext);
        View = await CompareView.ReadAsync(db, Request.Query, clock.GetUtcNow().Year, edition is { IsCurrent: false } ? edition.Id : null, ct);
        if (View.Problem is not null)
        {
            return ErrorPage.Result(HttpContext, ViewData, StatusCodes.Status400BadRequest, "This comparison cannot be shown", View.Problem,
                [new ErrorLink("/compare", "Start a comparison"), new ErrorLink("/cities", "All cities")]);
        }

        return Page();
    }

    public ViewReference? ViewOf(EditionView edition) => View.Chart is null ? null : ViewReference.ForCompare(View, edition);
}
