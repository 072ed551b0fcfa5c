using IndustrialAtlas.Web.Ingest;
using IndustrialAtlas.Web.Settings;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Pages.Status;

/// <summary><c>/status</c>: the current edition with its counts, the last ingest and its problems, and every edition kept.</summary>
public sealed class IndexModel(AtlasDbContext db, IngestMemory memory, StoreMode mode) : PageModel
{
    public sealed record Counts(int Cities, int Claims, int Eras, int Resources, int Sources)
    {
        /// <summary>The sites of the official lists, by list slug.</summary>
        public IReadOnlyList<(string List, string Name, int Sites)> Sites { get; init; } = [];
    }

    /// <summary>What is not yet written in Chinese (shown in English, marked 尚未翻译), by kind; the goal is none.</summary>
    public sealed record Untranslated(int Cities, int Phases, int CityResources, int Series, int Claims, int Eras, int Resources, int Indicators)
    {
        /// <summary>The notes of the sites and of their lists.</summary>
        public int Sites { get; init; }

        /// <summary>The sites whose place has no Chinese of its source's.</summary>
        public int SitePlaces { get; init; }

        public int Total => Cities + Phases + CityResources + Series + Claims + Eras + Resources + Indicators + Sites + SitePlaces;

        public IEnumerable<(string Key, int Count)> Parts =>
            [("cities", Cities), ("phases", Phases), ("city-resources", CityResources), ("series", Series), ("claims", Claims), ("eras", Eras), ("resources", Resources), ("indicators", Indicators), ("sites", Sites), ("site-places", SitePlaces)];
    }

    public sealed record Run(DateTimeOffset At, bool Succeeded, bool Published, string? EditionId, IReadOnlyList<string> Problems, bool KeptHereOnly = false);

    /// <summary>Why the store is served read-only (nothing can be published); null when it can be written.</summary>
    public string? ReadOnlyReason => mode.ReadOnlyReason;

    public sealed record EditionRow(string Id, DateTimeOffset CreatedAt, bool IsCurrent);

    public EditionRow? Current { get; private set; }

    public Counts? CurrentCounts { get; private set; }

    public Run? LastRun { get; private set; }

    public Untranslated? NotInChinese { get; private set; }

    public IReadOnlyList<EditionRow> Editions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Few rows, and SQLite cannot order by DateTimeOffset: sort here.
        var editions = await db.Editions.AsNoTracking().Select(e => new EditionRow(e.Id, e.CreatedAt, e.IsCurrent)).ToListAsync(ct);
        Editions = [.. editions.OrderByDescending(e => e.CreatedAt)];
        Current = Editions.FirstOrDefault(e => e.IsCurrent);
        if (Current is not null)
        {
            db.EditionId = Current.Id;
            CurrentCounts = new Counts(
                await db.Cities.CountAsync(ct), await db.Claims.CountAsync(ct), await db.Eras.CountAsync(ct),
                await db.Resources.CountAsync(ct), await db.Sources.CountAsync(ct))
            {
                Sites = [.. (await db.SiteLists.AsNoTracking().OrderBy(l => l.Position)
                    .Select(l => new { l.Slug, l.Name, l.NameZh, Sites = db.SiteListings.Count(x => x.ListSlug == l.Slug) }).ToListAsync(ct))
                    .Select(l => (l.Slug, HttpContext.Language() == AtlasLanguage.Chinese ? l.NameZh : l.Name, l.Sites))],
            };
            NotInChinese = new Untranslated(
                await db.Cities.CountAsync(c => c.SummaryZh == null || c.BodyHtmlZh == null, ct),
                await db.Phases.CountAsync(p => p.TitleZh == null || (p.Summary != null && p.SummaryZh == null), ct),
                await db.CityResources.CountAsync(r => (r.Unit != null && r.UnitZh == null) || (r.Note != null && r.NoteZh == null), ct),
                await db.Series.CountAsync(x => (x.Scope != null && x.ScopeZh == null) || (x.Note != null && x.NoteZh == null), ct),
                await db.Claims.CountAsync(c => c.TextZh == null || (c.Note != null && c.NoteZh == null), ct),
                await db.Eras.CountAsync(e => e.NameZh == null, ct),
                await db.Resources.CountAsync(r => r.NameZh == null, ct),
                await db.Indicators.CountAsync(i => i.NameZh == null, ct))
            {
                Sites = await db.Sites.CountAsync(s => s.NoteZh == null, ct) + await db.SiteLists.CountAsync(l => l.NoteZh == null, ct),
                SitePlaces = await db.Sites.CountAsync(s => s.PlaceZh == null, ct),
            };
        }

        var run = await db.IngestRuns.AsNoTracking().OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        if (run is not null)
        {
            LastRun = new Run(run.At, run.Succeeded, run.Published, run.EditionId,
                run.Problems.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }

        // A run the store could not record (read-only, full) is newer than the store's last: this instance tells it.
        if (memory.Latest is { Recorded: false } mine && (LastRun is null || mine.At > LastRun.At))
        {
            LastRun = new Run(mine.At, mine.Succeeded, mine.Published, mine.EditionId, mine.Problems, KeptHereOnly: true);
        }
    }
}
