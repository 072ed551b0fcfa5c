using System.Text;
using System.Text.RegularExpressions;
using IndustrialAtlas.Web.Store;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Claims;

/// <summary>
/// Finds the claims closest to a pasted sentence. The sentence's words (stop words dropped) are OR-ed into an
/// FTS5 query ranked by bm25, so the claim sharing the most distinctive words comes first. Runs of Chinese
/// characters, which the tokenizer cannot split into words, are matched as substrings instead.
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
        var editionId = db.EditionId ?? throw new InvalidOperationException("Pin an edition first.");
        await ClaimIndex.EnsureAsync(db, editionId, ct);
        var ranked = new List<int>();
        var match = MatchExpression(text);
        if (match is not null)
        {
            ranked.AddRange(await db.Database.SqlQuery<int>($"""
                SELECT CAST(ClaimId AS INTEGER) AS Value FROM ClaimSearch
                WHERE ClaimSearch MATCH {match} AND EditionId = {editionId}
                ORDER BY bm25(ClaimSearch) LIMIT {Limit}
                """).ToListAsync(ct));
        }

        foreach (var run in Han().Matches(text).Select(m => m.Value).Distinct())
        {
            var pattern = $"%{run}%";
            var hits = await db.Claims.AsNoTracking()
                .Where(c => EF.Functions.Like(c.Text, pattern) || EF.Functions.Like(c.Note!, pattern) || EF.Functions.Like(c.City.NameZh, pattern) || EF.Functions.Like(pattern, "%" + c.City.NameZh + "%"))
                .OrderBy(c => c.Position).Select(c => c.Id).Take(Limit).ToListAsync(ct);
            ranked.AddRange(hits.Where(id => !ranked.Contains(id)));
        }

        return [.. ranked.Distinct().Take(Limit)];
    }

    /// <summary>The FTS5 query for a sentence: each distinctive word quoted (so no word is read as an operator), OR-ed.</summary>
    internal static string? MatchExpression(string text)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value)
            .Where(w => (w.Length >= 3 || w.All(char.IsAsciiDigit)) && !StopWords.Contains(w))
            .Distinct().Take(32).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var query = new StringBuilder();
        foreach (var word in words)
        {
            query.Append(query.Length == 0 ? "" : " OR ").Append('"').Append(word).Append('"');
        }

        return query.ToString();
    }

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}{2,}")]
    private static partial Regex Han();
}
