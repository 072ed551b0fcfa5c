namespace IndustrialAtlas.Web.Pages.Common;

/// <summary>Suggests the known keys closest to a mistyped one, for 404 pages that help.</summary>
public static class ClosestMatches
{
    /// <summary>Candidates ordered by edit distance to <paramref name="wanted"/>; those sharing a prefix or contained in it count as close.</summary>
    public static IReadOnlyList<T> Find<T>(string? wanted, IEnumerable<T> candidates, Func<T, string> key, int take = 5)
    {
        // A blank route value reaches the page as null ("/cities/%20"): nothing is close to it.
        var target = (wanted ?? "").Trim().ToLowerInvariant();
        if (target.Length == 0)
        {
            return [];
        }

        return [.. candidates
            .Select(c => (Item: c, Distance: Distance(target, key(c).ToLowerInvariant())))
            .Where(x => x.Distance <= Math.Max(3, target.Length / 2))
            .OrderBy(x => x.Distance)
            .Take(take)
            .Select(x => x.Item)];
    }

    internal static int Distance(string a, string b)
    {
        if (b.Contains(a, StringComparison.Ordinal) || a.Contains(b, StringComparison.Ordinal))
        {
            return Math.Abs(a.Length - b.Length) / 4;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
