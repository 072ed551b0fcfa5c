using System.Globalization;
using IndustrialAtlas.Content;

namespace IndustrialAtlas.Web.Settings;

/// <summary>
/// A text in the reader's language, or in English where its Chinese is not written yet (<see cref="Untranslated"/>):
/// pages then mark it <c>lang="en"</c> with a visible note, and <c>/status</c> counts it.
/// </summary>
public sealed record LocalText(string Text, bool Untranslated)
{
    /// <summary>The English text on an English page; the Chinese on a Chinese page, or the English marked untranslated.</summary>
    public static LocalText Pick(AtlasLanguage language, string english, string? chinese) =>
        language == AtlasLanguage.Chinese
            ? chinese is { Length: > 0 } ? new LocalText(chinese, false) : new LocalText(english, true)
            : new LocalText(english, false);

    /// <summary>As <see cref="Pick"/>, for a text that may be absent in both languages (a note).</summary>
    public static LocalText? PickOptional(AtlasLanguage language, string? english, string? chinese) =>
        english is null && chinese is null ? null : Pick(language, english ?? "", chinese);

    public int Length => Text.Length;

    public override string ToString() => Text;
}

/// <summary>Years and figures as each language writes them.</summary>
public static class LocalFormat
{
    /// <summary>"1958" or "1958年", "c. 1869" or "约1869年", "475 BCE" or "公元前475年".</summary>
    public static string Year(AtlasLanguage language, int value, bool approximate = false) =>
        language == AtlasLanguage.Chinese ? AtlasYear.FormatChinese(value, approximate) : AtlasYear.Format(value, approximate);

    /// <summary>"1958–1963" or "1958年—1963年", "1964–today" or "1964年至今".</summary>
    public static string Span(AtlasLanguage language, int? start, int? end, bool startApproximate = false, bool endApproximate = false) =>
        language == AtlasLanguage.Chinese ? AtlasYear.SpanChinese(start, end, startApproximate, endApproximate) : AtlasYear.Span(start, end, startApproximate, endApproximate);

    /// <summary>
    /// A count of people or things: "3,325,372" in English; in Chinese with 万 or 亿 from ten thousand on, to two
    /// places ("332.54万", "1.41亿"), as statistical bulletins write it.
    /// </summary>
    public static string Count(AtlasLanguage language, long value)
    {
        if (language != AtlasLanguage.Chinese || Math.Abs(value) < 10_000)
        {
            return value.ToString("N0", CultureInfo.InvariantCulture);
        }

        return Math.Abs(value) >= 100_000_000
            ? (value / 100_000_000m).ToString("0.##", CultureInfo.InvariantCulture) + "亿"
            : (value / 10_000m).ToString("0.##", CultureInfo.InvariantCulture) + "万";
    }
}
