using System.Text.RegularExpressions;
using IndustrialAtlas.Web.Store;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Claims;

/// <summary>
/// Finds the claims closest to a pasted sentence. The sentence's words (stop words dropped) are OR-ed into a
/// full-text query (FTS5 and bm25 on SQLite, tsquery and ts_rank on PostgreSQL), so the claim sharing the most
/// distinctive words comes first. Chinese, which the tokenizer cannot split into words,
/// is matched by pairs of characters against the claims' Chinese and English text (<see cref="ChineseAsync"/>).
/// </summary>
public static partial class ClaimFinder
{
    public const int Limit = 20;

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

        ranked.AddRange((await ChineseAsync(db, text, ct)).Where(id => !ranked.Contains(id)));
        return [.. ranked.Distinct().Take(Limit)];
    }

    /// <summary>
    /// The claims closest to the Chinese in <paramref name="text"/>. Chinese has no spaces to split words at, so the text's
    /// runs of characters are cut into overlapping pairs (a two-character name such as 渡口 is one pair), and a claim scores
    /// a point for each pair its Chinese text, note, English text or city's name holds, two for its Chinese statement: the
    /// claim sharing the most pairs comes first. A claim must share at least a quarter of the pairs (at least one), so a
    /// pasted paragraph does not list every claim with a common pair. The edition's claims are few hundred and read in
    /// one query.
    /// </summary>
    internal static async Task<IReadOnlyList<int>> ChineseAsync(AtlasDbContext db, string text, CancellationToken ct)
    {
        var pairs = Pairs(text);
        if (pairs.Count == 0)
        {
            return [];
        }

        var claims = await db.Claims.AsNoTracking().OrderBy(c => c.Position).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.TextZh, c.NoteZh, c.Text, c.Note, City = c.City.NameZh }).ToListAsync(ct);
        var least = Math.Max(1, (pairs.Count + 3) / 4);
        return [.. claims
            .Select(c => (c.Id, Score: pairs.Sum(p =>
                (c.TextZh?.Contains(p, StringComparison.Ordinal) == true ? 2 : 0)
                + (c.NoteZh?.Contains(p, StringComparison.Ordinal) == true || c.Text.Contains(p, StringComparison.Ordinal) || c.Note?.Contains(p, StringComparison.Ordinal) == true ? 1 : 0)
                + (c.City.Contains(p, StringComparison.Ordinal) ? 1 : 0))))
            .Where(x => x.Score >= least)
            .OrderByDescending(x => x.Score)
            .Take(Limit)
            .Select(x => x.Id)];
    }

    /// <summary>The distinct pairs of neighbouring Chinese characters in <paramref name="text"/>, at most 64.</summary>
    internal static IReadOnlyList<string> Pairs(string text) =>
        [.. Han().Matches(text).SelectMany(m => Enumerable.Range(0, m.Value.Length - 1).Select(i => m.Value.Substring(i, 2))).Distinct(StringComparer.Ordinal).Take(64)];

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
