using IndustrialAtlas.Web.Claims;
using IndustrialAtlas.Web.Pages.Common;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Pages.Claims;

/// <summary><c>/claims/{id}</c>: one claim with its support, note, sources, city and related claims.</summary>
public sealed class DetailsModel(AtlasDbContext db, TimeProvider clock) : PageModel
{
    public ClaimRow Claim { get; private set; } = null!;

    public IReadOnlyList<ClaimRow> Related { get; private set; } = [];

    /// <summary>The year the map link opens (ClaimMapYear): the claim's year, else its era's start, within the slider's range.</summary>
    public int? MapYear { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var claim = await db.Claims.AsNoTracking().Where(c => c.Key == id)
            .Select(c => new { c.Id, c.CityId, c.EraId, c.ResourceId, c.Year }).FirstOrDefaultAsync(ct);
        if (claim is null)
        {
            var known = await db.Claims.AsNoTracking().Select(c => new Known(c.Key, c.Text)).ToListAsync(ct);
            return ErrorPage.NotFound(HttpContext, ViewData, $"No claim \u201c{id}\u201d", id, known, "/claims", new ErrorLink("/claims", "All claims"),
                "Claim ids start with the city's slug. ");
        }

        Claim = (await ClaimRow.LoadAsync(db, [claim.Id], ct))[0];
        // Related: the same city's claims about the same era or resource first, then its nearest neighbours in the profile.
        var relatedIds = await db.Claims.AsNoTracking()
            .Where(c => c.CityId == claim.CityId && c.Id != claim.Id)
            .OrderByDescending(c => (claim.EraId != null && c.EraId == claim.EraId) || (claim.ResourceId != null && c.ResourceId == claim.ResourceId))
            .ThenBy(c => Math.Abs(c.Id - claim.Id))
            .Select(c => c.Id).Take(6).ToListAsync(ct);
        Related = await ClaimRow.LoadAsync(db, relatedIds, ct);
        var now = clock.GetUtcNow().Year;
        var eraStart = claim.EraId is null ? null : await db.Eras.AsNoTracking().Where(e => e.Id == claim.EraId).Select(e => (int?)e.Start).FirstOrDefaultAsync(ct);
        MapYear = ClaimMapYear.Of(claim.Year, eraStart, await ClaimMapYear.FirstYearAsync(db, now, ct), now);
        return Page();
    }
}
