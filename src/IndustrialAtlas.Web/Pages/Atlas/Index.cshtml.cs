using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Pages.Atlas;

/// <summary><c>/</c>: the atlas. For now the server-rendered list of cities the map will show.</summary>
public sealed class IndexModel(AtlasDbContext db) : PageModel
{
    public sealed record Row(string Slug, string Name, string NameZh, string Province, string Summary);

    public IReadOnlyList<Row> Cities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Cities = await db.Cities.AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new Row(c.Slug, c.Name, c.NameZh, c.Province, c.Summary)).ToListAsync(ct);
}
