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

    /// <summary>A name with Chinese in it, then, in brackets, a gloss with Latin letters and no Chinese.</summary>
    [GeneratedRegex(@"^(?<name>[^()（）]*\p{IsCJKUnifiedIdeographs}[^()（）]*?)\s*[(（](?<gloss>[^()（）\p{IsCJKUnifiedIdeographs}]*[A-Za-z][^()（）\p{IsCJKUnifiedIdeographs}]*)[)）]$")]
    private static partial Regex Pattern();
}
