using IndustrialAtlas.Web.Atlas;
using IndustrialAtlas.Web.Pages.Common;
using IndustrialAtlas.Web.Settings;
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
        View = await CompareView.ReadAsync(db, Request.Query, clock.GetUtcNow().Year, edition is { IsCurrent: false } ? edition.Id : null, HttpContext.Language(), ct);
        if (View.Problem is not null)
        {
            var text = ErrorPage.Text(HttpContext);
            return ErrorPage.Result(HttpContext, ViewData, StatusCodes.Status400BadRequest, text["compare.problem"], View.Problem,
                [new ErrorLink("/compare", text["compare.title"]), new ErrorLink("/cities", text["notfound.city.all"])]);
        }

        return Page();
    }

    public ViewReference? ViewOf(EditionView edition) => View.Chart is null ? null : ViewOf(View, edition, HttpContext.Language());

    /// <summary>The comparison as cited in <paramref name="language"/> (its chart read in that language).</summary>
    public static ViewReference ViewOf(CompareView view, EditionView edition, AtlasLanguage language)
    {
        ArgumentNullException.ThrowIfNull(view);
        var reference = ViewReference.ForCompare(view, edition);
        return language == AtlasLanguage.Chinese ? reference.InChinese(view.Title, view.Title) : reference;
    }
}
