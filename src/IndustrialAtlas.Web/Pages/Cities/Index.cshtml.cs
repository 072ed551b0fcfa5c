using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Pages.Cities;

/// <summary><c>/cities</c>: every city with its province, key resources and the span of its phases.</summary>
public sealed class IndexModel(AtlasDbContext db) : PageModel
{
    public sealed record Row(string Slug, string Name, string NameZh, string Province, string Span, IReadOnlyList<string> Resources);

    public IReadOnlyList<Row> Cities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var rows = await db.Cities.AsNoTracking().OrderBy(c => c.Name).Select(c => new
        {
            c.Slug,
            c.Name,
            c.NameZh,
            c.Province,
            First = c.Phases.OrderBy(p => p.Start).Select(p => new { p.Start, p.StartApproximate }).FirstOrDefault(),
            Resources = c.Resources.OrderBy(r => r.Position).Select(r => r.Resource.Name).ToList(),
        }).ToListAsync(ct);
        Cities = [.. rows.Select(c => new Row(c.Slug, c.Name, c.NameZh, c.Province,
            c.First is null ? "" : $"{AtlasYear.Format(c.First.Start, c.First.StartApproximate)} to today",
            [.. c.Resources.Distinct()]))];
    }
}
