using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Claims;
using IndustrialAtlas.Web.Pages.Common;
using IndustrialAtlas.Web.Settings;
using IndustrialAtlas.Web.Sharing;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Pages.Claims;

/// <summary><c>/claims/{id}</c>: one claim with its support, note, sources, city and related claims.</summary>
public sealed class DetailsModel(AtlasDbContext db, TimeProvider clock) : PageModel, ICitableView
{
    /// <summary>What the page shows, as <see cref="ReadAsync"/> reads it.</summary>
    /// <param name="Claim">The claim.</param>
    /// <param name="Related">The same city's claims nearest to it.</param>
    /// <param name="MapYear">The year the map link opens (ClaimMapYear): the claim's year, else its era's start, within the slider's range.</param>
    public sealed record ClaimPage(ClaimRow Claim, IReadOnlyList<ClaimRow> Related, int? MapYear);

    public ClaimRow Claim => Read.Claim;

    public IReadOnlyList<ClaimRow> Related => Read.Related;

    /// <summary>The year the map link opens (ClaimMapYear): the claim's year, else its era's start, within the slider's range.</summary>
    public int? MapYear => Read.MapYear;

    private ClaimPage Read { get; set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (await ReadAsync(db, id, clock.GetUtcNow().Year, ct) is not { } read)
        {
            var chinese = HttpContext.Language() == AtlasLanguage.Chinese;
            var known = await db.Claims.AsNoTracking().Select(c => new Known(c.Key, chinese && c.TextZh != null ? c.TextZh : c.Text)).ToListAsync(ct);
            return ErrorPage.NotFound(HttpContext, ViewData, "claim", id, known, "/claims");
        }

        Read = read;
        return Page();
    }

    public ViewReference? ViewOf(EditionView edition) => ViewOf(Read, edition, HttpContext.Language());

    /// <summary>The claim as a student cites it in <paramref name="language"/>: in Chinese with its Chinese words and rating.</summary>
    public static ViewReference ViewOf(ClaimPage page, EditionView edition, AtlasLanguage language)
    {
        ArgumentNullException.ThrowIfNull(page);
        var view = ViewOf(page, edition);
        if (language != AtlasLanguage.Chinese)
        {
            return view;
        }

        var claim = page.Claim;
        var support = AtlasWords.Chinese("support." + claim.Support.ToWord());
        var text = claim.Chinese?.Text ?? claim.Text;
        return view.InChinese(AtlasWords.Chinese("cite.claim", support, text.TrimEnd('。', '.')),
            ViewReference.Shorten(AtlasWords.Chinese("cite.claim.description", claim.Chinese?.CityName ?? claim.CityName, support, claim.Chinese?.Note ?? claim.Note ?? ""), 300));
    }

    /// <summary>The claim as a student cites it: its rating in the title, embedded as its city on the map in its map year.</summary>
    public static ViewReference ViewOf(ClaimPage page, EditionView edition)
    {
        ArgumentNullException.ThrowIfNull(page);
        var claim = page.Claim;
        return ViewReference.ForClaim(claim.Id, claim.Text, claim.Support, claim.CitySlug, page.MapYear, edition) with
        {
            Description = ViewReference.Shorten($"A claim about {claim.CityName}, rated {claim.Support.ToWord()} by Industrial Atlas{(string.IsNullOrWhiteSpace(claim.Note) ? "." : ": " + claim.Note)}", 300),
        };
    }

    /// <summary>The claim, its related claims and its map year; null when there is no such claim.</summary>
    public static async Task<ClaimPage?> ReadAsync(AtlasDbContext db, string id, int currentYear, CancellationToken ct)
    {
        var claim = await db.Claims.AsNoTracking().Where(c => c.Key == id)
            .Select(c => new { c.Id, c.CityId, c.EraId, c.ResourceId, c.Year, EraStart = c.Era == null ? (int?)null : c.Era.Start }).FirstOrDefaultAsync(ct);
        if (claim is null)
        {
            return null;
        }

        // Related: the same city's claims about the same era or resource first, then its nearest neighbours in the profile.
        var relatedIds = await db.Claims.AsNoTracking()
            .Where(c => c.CityId == claim.CityId && c.Id != claim.Id)
            .OrderByDescending(c => (claim.EraId != null && c.EraId == claim.EraId) || (claim.ResourceId != null && c.ResourceId == claim.ResourceId))
            .ThenBy(c => Math.Abs(c.Id - claim.Id))
            .Select(c => c.Id).Take(6).ToListAsync(ct);
        return new ClaimPage((await ClaimRow.LoadAsync(db, [claim.Id], ct))[0], await ClaimRow.LoadAsync(db, relatedIds, ct),
            ClaimMapYear.Of(claim.Year, claim.EraStart, await ClaimMapYear.FirstYearAsync(db, currentYear, ct), currentYear));
    }
}
