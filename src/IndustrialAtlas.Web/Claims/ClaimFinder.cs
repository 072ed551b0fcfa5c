using System.Text.RegularExpressions;
using IndustrialAtlas.Web.Store;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Claims;

/// <summary>
/// Finds the claims closest to a pasted sentence. The sentence's words (stop words dropped) are OR-ed into a
/// full-text query (FTS5 and bm25 on SQLite, tsquery and ts_rank on PostgreSQL), so the claim sharing the most
/// distinctive words comes first. Runs of Chinese
/// characters, which the tokenizer cannot split into words, are matched as substrings instead.
/// </summary>
public static partial class ClaimFinder
{
    public const int Limit = 20;

    /// <summary>How many runs of Chinese characters one search matches as substrings.</summary>
    public const int MaxChineseRuns = 4;

    private static readonly HashSet<string> StopWords = new(
        ["the", "and", "for", "with", "that", "this", "from", "was", "were", "are", "its", "their", "into", "over", "than", "has", "had",
         "have", "been", "but", "not", "all", "one", "which", "who", "what", "when", "where", "while", "yet", "also", "only", "more", "most",
         "many", "such", "both", "like", "now", "then", "once", "after", "before", "during", "today", "city", "china", "chinese"],
        StringComparer.Ordinal);

    /// <summary>Claim ids (store keys) in order of relevance, at most <see cref="Limit"/>.</summary>
    public static async Task<IReadOnlyList<int>> FindAsync(AtlasDbContext db, string text, CancellationToken ct)
    {
        // Every edition is indexed when the importer publishes it (ClaimIndex), so a search only reads.
        var editionId = db.EditionId ?? throw new InvalidOperationException("Pin an edition first.");
        var ranked = new List<int>();
        var words = Words(text);
        if (words.Count > 0 && db.Database.IsNpgsql())
        {
            var query = string.Join(" | ", words);
            ranked.AddRange(await db.Database.SqlQuery<int>($"""
                SELECT "ClaimId" AS "Value" FROM "ClaimSearch"
                WHERE "EditionId" = {editionId} AND "Document" @@ to_tsquery('english', {query})
                ORDER BY ts_rank("Document", to_tsquery('english', {query})) DESC LIMIT {Limit}
                """).ToListAsync(ct));
        }
        else if (words.Count > 0)
        {
            var match = string.Join(" OR ", words.Select(w => $"\"{w}\""));
            ranked.AddRange(await db.Database.SqlQuery<int>($"""
                SELECT CAST(ClaimId AS INTEGER) AS Value FROM ClaimSearch
                WHERE ClaimSearch MATCH {match} AND EditionId = {editionId}
                ORDER BY bm25(ClaimSearch) LIMIT {Limit}
                """).ToListAsync(ct));
        }

        // Each run of Chinese is a substring scan: the longest few say the most, and a pasted page cannot cost hundreds.
        foreach (var run in Han().Matches(text).Select(m => m.Value).Distinct().OrderByDescending(r => r.Length).Take(MaxChineseRuns))
        {
            var pattern = $"%{run}%";
            var hits = await db.Claims.AsNoTracking()
                .Where(c => EF.Functions.Like(c.Text, pattern) || EF.Functions.Like(c.Note!, pattern) || EF.Functions.Like(c.City.NameZh, pattern) || EF.Functions.Like(pattern, "%" + c.City.NameZh + "%"))
                .OrderBy(c => c.Position).Select(c => c.Id).Take(Limit).ToListAsync(ct);
            ranked.AddRange(hits.Where(id => !ranked.Contains(id)));
        }

        return [.. ranked.Distinct().Take(Limit)];
    }

    /// <summary>
    /// A sentence's distinctive words: letters and digits only (so none can be read as a query operator), stop
    /// words and one- and two-letter words dropped, numbers kept. They are OR-ed: FTS5's bm25 or PostgreSQL's
    /// ts_rank then puts the claim sharing the most of them first.
    /// </summary>
    internal static IReadOnlyList<string> Words(string text) =>
        [.. Word().Matches(text.ToLowerInvariant()).Select(m => m.Value)
            .Where(w => (w.Length >= 3 || w.All(char.IsAsciiDigit)) && !StopWords.Contains(w))
            .Distinct().Take(32)];

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}{2,}")]
    private static partial Regex Han();
}
