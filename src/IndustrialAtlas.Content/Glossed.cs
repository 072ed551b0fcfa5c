using System.Text.RegularExpressions;

namespace IndustrialAtlas.Content;

/// <summary>
/// A name as published with a gloss for English readers after it, as the profiles write a Chinese publisher:
/// "新华社 (Xinhua)", "四川省统计局（Sichuan Provincial Bureau of Statistics）". A Chinese page shows the name alone; an
/// English page shows the gloss outside the Chinese run.
/// </summary>
public static partial class Glossed
{
    /// <summary>The name and its gloss; a text without one is all name, with a null gloss.</summary>
    public static (string Name, string? Gloss) Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Pattern().Match(text) is { Success: true } m ? (m.Groups["name"].Value, m.Groups["gloss"].Value) : (text, null);
    }

    /// <summary>
    /// The name a Chinese reader reads: the Chinese of "新华社 (Xinhua)" and of "People's Daily (人民日报)" alike; any other
    /// text as written.
    /// </summary>
    public static string Chinese(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Split(text) is (var name, not null) ? name
            : EnglishFirst().Match(text) is { Success: true } m ? m.Groups["name"].Value
            : text;
    }

    /// <summary>A name in Latin letters, then, in brackets, its Chinese name (and no Latin word inside them).</summary>
    [GeneratedRegex(@"^[^()（）\p{IsCJKUnifiedIdeographs}]*[A-Za-z][^()（）\p{IsCJKUnifiedIdeographs}]*?\s*[(（](?<name>[^()（）A-Za-z]*\p{IsCJKUnifiedIdeographs}[^()（）A-Za-z]*)[)）]$")]
    private static partial Regex EnglishFirst();

    /// <summary>A name with Chinese in it, then, in brackets, a gloss with Latin letters and no Chinese.</summary>
    [GeneratedRegex(@"^(?<name>[^()（）]*\p{IsCJKUnifiedIdeographs}[^()（）]*?)\s*[(（](?<gloss>[^()（）\p{IsCJKUnifiedIdeographs}]*[A-Za-z][^()（）\p{IsCJKUnifiedIdeographs}]*)[)）]$")]
    private static partial Regex Pattern();
}
