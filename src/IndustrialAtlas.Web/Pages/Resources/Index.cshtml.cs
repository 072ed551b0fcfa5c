using IndustrialAtlas.Web.Settings;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Pages.Resources;

/// <summary><c>/resources</c>: the resource taxonomy, each with how many cities record it.</summary>
public sealed class IndexModel(AtlasDbContext db) : PageModel
{
    public sealed record Row(string Slug, string Name, string Kind, int Cities);

    public IReadOnlyList<Row> Resources { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var chinese = HttpContext.Language() == AtlasLanguage.Chinese;
        Resources = await db.Resources.AsNoTracking().OrderBy(r => r.Kind).ThenBy(r => r.Name)
            .Select(r => new Row(r.Slug, chinese && r.NameZh != null ? r.NameZh : r.Name, r.Kind, db.CityResources.Where(c => c.ResourceId == r.Id).Select(c => c.CityId).Distinct().Count()))
            .ToListAsync(ct);
    }
}
