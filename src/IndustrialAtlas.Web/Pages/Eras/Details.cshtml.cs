using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Claims;
using IndustrialAtlas.Web.Pages.Common;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Pages.Eras;

/// <summary><c>/eras/{slug}</c>: one national era across the cities, with a link to the map filtered by it.</summary>
public sealed class DetailsModel(AtlasDbContext db) : PageModel
{
    public sealed record EraView(string Slug, string Name, int Start, int? End, string? Summary);

    public sealed record CityPhase(string Slug, string Name, string NameZh, string Title, string Span, string? Summary);

    public EraView Era { get; private set; } = null!;

    public IReadOnlyList<CityPhase> Phases { get; private set; } = [];

    public IReadOnlyList<ClaimRow> Claims { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var era = await db.Eras.AsNoTracking().Where(e => e.Slug == slug).Select(e => new { View = new EraView(e.Slug, e.Name, e.Start, e.End, e.Summary), e.Id }).FirstOrDefaultAsync(ct);
        if (era is null)
        {
            var known = await db.Eras.AsNoTracking().Select(e => new Known(e.Slug, e.Name)).ToListAsync(ct);
            return ErrorPage.NotFound(HttpContext, ViewData, $"No era \u201c{slug}\u201d", slug, known, "/eras", new ErrorLink("/eras", "The list of eras"));
        }

        Era = era.View;
        var phases = await db.Phases.AsNoTracking().Where(p => p.EraId == era.Id).OrderBy(p => p.Start).ThenBy(p => p.City.Name)
            .Select(p => new { p.City.Slug, p.City.Name, p.City.NameZh, p.Title, p.Start, p.StartApproximate, p.End, p.EndApproximate, p.Summary }).ToListAsync(ct);
        Phases = [.. phases.Select(p => new CityPhase(p.Slug, p.Name, p.NameZh, p.Title, AtlasYear.Span(p.Start, p.End, p.StartApproximate, p.EndApproximate), p.Summary))];
        var ids = await db.Claims.AsNoTracking().Where(c => c.EraId == era.Id).OrderBy(c => c.City.Name).ThenBy(c => c.Position).Select(c => c.Id).ToListAsync(ct);
        Claims = await ClaimRow.LoadAsync(db, ids, ct);
        return Page();
    }
}
