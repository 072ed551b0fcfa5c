using IndustrialAtlas.Web.Store;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Claims;

/// <summary>
/// The year a claim's "see it on the map" link opens: the claim's own year, else the start of its era, within the
/// slider's range (the first era's start to this year); none for a claim with neither. One rule for the city page's
/// claims and the claim's own page.
/// </summary>
public static class ClaimMapYear
{
    public static int? Of(int? year, int? eraStart, int firstYear, int now) =>
        (year ?? eraStart) is { } y ? Math.Clamp(y, Math.Min(firstYear, now), now) : null;

    /// <summary>The slider's first year: the earliest era's start, or this year in an atlas without eras.</summary>
    public static async Task<int> FirstYearAsync(AtlasDbContext db, int now, CancellationToken ct) =>
        Math.Min(now, await db.Eras.AsNoTracking().MinAsync(e => (int?)e.Start, ct) ?? now);
}
