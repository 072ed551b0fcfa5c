namespace IndustrialAtlas.Web.Citations;

/// <summary>The capitalisation each style asks of a view's title, which the atlas writes in sentence case.</summary>
internal static class TitleCase
{
    private static readonly HashSet<string> MinorWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "but", "or", "for", "nor", "of", "in", "on", "at", "to", "by", "with", "from", "as", "vs",
    };

    /// <summary>
    /// Headline style (MLA, Chicago): every word capitalised except minor words, which are lowercased unless they
    /// are the first or last word or follow a colon. Acronyms, words with digits and words with inner capitals
    /// (iPhone) are kept as written; words without Latin case (汉字) are unchanged.
    /// </summary>
    public static string Headline(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var words = title.Split(' ');
        var last = Array.FindLastIndex(words, w => w.Length > 0);
        var opensPhrase = true;
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Length == 0)
            {
                continue;
            }

            var segments = words[i].Split('-');
            for (var j = 0; j < segments.Length; j++)
            {
                var forced = j == 0 && (opensPhrase || i == last);
                segments[j] = HeadlineWord(segments[j], forced);
            }

            words[i] = string.Join('-', segments);
            opensPhrase = words[i].EndsWith(':');
        }

        return string.Join(' ', words);
    }

    /// <summary>
    /// Sentence case (APA): the title as written, with its first word and the first word after each colon
    /// capitalised. Proper nouns cannot be told from common words, so nothing is lowercased.
    /// </summary>
    public static string Sentence(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var parts = title.Split(": ");
        return string.Join(": ", parts.Select(Capitalised));
    }

    private static string HeadlineWord(string word, bool forced)
    {
        if (Kept(word))
        {
            return word;
        }

        var core = new string([.. word.Where(char.IsLetter)]);
        return !forced && MinorWords.Contains(core) ? word.ToLowerInvariant() : Capitalised(word);
    }

    private static bool Kept(string word)
    {
        var letters = word.Where(char.IsLetter).ToList();
        var acronym = letters.Count > 1 && letters.All(char.IsUpper);
        var innerCapital = letters.Skip(1).Any(char.IsUpper);
        return acronym || innerCapital || word.Any(char.IsDigit);
    }

    private static string Capitalised(string text)
    {
        var first = Array.FindIndex(text.ToCharArray(), char.IsLetter);
        return first < 0 || !char.IsLower(text[first]) ? text : text[..first] + char.ToUpperInvariant(text[first]) + text[(first + 1)..];
    }
}
