using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Claims;
using IndustrialAtlas.Web.Pages.Common;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Pages.Resources;

/// <summary><c>/resources/{slug}</c>: one resource across the cities, with figures and a link to the filtered map.</summary>
public sealed class DetailsModel(AtlasDbContext db) : PageModel
{
    public sealed record ResourceView(string Slug, string Name, string Kind);

    public sealed record Holding(string Slug, string Name, string NameZh, string Figure, string? Year, string? Note);

    public ResourceView Resource { get; private set; } = null!;

    public IReadOnlyList<Holding> Holdings { get; private set; } = [];

    public IReadOnlyList<ClaimRow> Claims { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var resource = await db.Resources.AsNoTracking().Where(r => r.Slug == slug).Select(r => new { View = new ResourceView(r.Slug, r.Name, r.Kind), r.Id }).FirstOrDefaultAsync(ct);
        if (resource is null)
        {
            var known = await db.Resources.AsNoTracking().Select(r => new Known(r.Slug, r.Name)).ToListAsync(ct);
            return ErrorPage.NotFound(HttpContext, ViewData, $"No resource \u201c{slug}\u201d", slug, known, "/resources", new ErrorLink("/resources", "The list of resources"));
        }

        Resource = resource.View;
        var rows = await db.CityResources.AsNoTracking().Where(r => r.ResourceId == resource.Id).OrderBy(r => r.City.Name).ThenBy(r => r.Position)
            .Select(r => new { r.City.Slug, r.City.Name, r.City.NameZh, r.Figure, r.Unit, r.Year, r.YearApproximate, r.Note }).ToListAsync(ct);
        Holdings = [.. rows.Select(r => new Holding(r.Slug, r.Name, r.NameZh, r.Figure is null ? "no figure recorded" : $"{r.Figure.Value:0.###} {r.Unit}",
            r.Year is null ? null : AtlasYear.Format(r.Year.Value, r.YearApproximate), r.Note))];
        var ids = await db.Claims.AsNoTracking().Where(c => c.ResourceId == resource.Id).OrderBy(c => c.City.Name).ThenBy(c => c.Position).Select(c => c.Id).ToListAsync(ct);
        Claims = await ClaimRow.LoadAsync(db, ids, ct);
        return Page();
    }
}
