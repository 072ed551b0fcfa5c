using IndustrialAtlas.Web.Settings;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Pages.Eras;

/// <summary><c>/eras</c>: the national eras, each with how many cities have a phase in it.</summary>
public sealed class IndexModel(AtlasDbContext db) : PageModel
{
    public sealed record Row(string Slug, string Name, int Start, int? End, string? Summary, int Cities);

    public IReadOnlyList<Row> Eras { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var chinese = HttpContext.Language() == AtlasLanguage.Chinese;
        Eras = await db.Eras.AsNoTracking().OrderBy(e => e.Start).ThenBy(e => e.Id)
            .Select(e => new Row(e.Slug, chinese && e.NameZh != null ? e.NameZh : e.Name, e.Start, e.End, chinese && e.SummaryZh != null ? e.SummaryZh : e.Summary,
                db.Phases.Where(p => p.EraId == e.Id).Select(p => p.CityId).Distinct().Count()))
            .ToListAsync(ct);
    }
}
