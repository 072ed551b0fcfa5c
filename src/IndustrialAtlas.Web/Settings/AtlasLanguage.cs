using System.Globalization;

namespace IndustrialAtlas.Web.Settings;

/// <summary>The two languages of the atlas: English at the root, Chinese under <c>/zh/</c> with the same slugs and query.</summary>
public enum AtlasLanguage
{
    English,
    Chinese,
}

/// <summary>
/// The one place a request's language is decided and written: the path's prefix (<c>/zh</c>) and nothing else, so a
/// link always reproduces its view and a remembered choice never redirects. The middleware in Hosting sets it once.
/// </summary>
public static class AtlasLanguages
{
    /// <summary>The Chinese pages' prefix.</summary>
    public const string ChinesePrefix = "/zh";

    /// <summary>The culture of the Chinese interface strings.</summary>
    public static readonly CultureInfo ChineseCulture = CultureInfo.GetCultureInfo("zh-Hans");

    /// <summary>The page addresses that exist in both languages (their first segment); data, pictures and assets do not.</summary>
    private static readonly string[] PageRoots = ["/cities", "/claims", "/compare", "/embed", "/eras", "/resources", "/sites", "/status", "/error"];

    /// <summary>The request's language; English unless the path began with <c>/zh</c>.</summary>
    public static AtlasLanguage Language(this HttpContext context) => context.Features.Get<LanguageChoice>()?.Language ?? AtlasLanguage.English;

    /// <summary>Sets the request's language (the Hosting middleware does this once, from the path).</summary>
    public static void SetLanguage(this HttpContext context, AtlasLanguage language) => context.Features.Set(language == AtlasLanguage.Chinese ? LanguageChoice.Chinese : LanguageChoice.English);

    /// <summary>The BCP 47 tag: <c>en</c> or <c>zh-Hans</c>.</summary>
    public static string Tag(this AtlasLanguage language) => language == AtlasLanguage.Chinese ? "zh-Hans" : "en";

    /// <summary>The short code of the query parameter <c>lang=</c> of embeds and oEmbed: <c>en</c> or <c>zh</c>.</summary>
    public static string Code(this AtlasLanguage language) => language == AtlasLanguage.Chinese ? "zh" : "en";

    /// <summary>Reads <c>lang=</c>: <c>en</c>, <c>zh</c> (or <c>zh-Hans</c>, <c>zh-CN</c>); anything else is null.</summary>
    public static AtlasLanguage? FromCode(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "en" => AtlasLanguage.English,
        "zh" or "zh-hans" or "zh-cn" => AtlasLanguage.Chinese,
        _ => null,
    };

    /// <summary>
    /// Whether <paramref name="address"/> (a path, with or without its query; any text is safe) is under <c>/zh</c>, and
    /// the English twin's address when it is (<c>/zh/cities/anshan</c> → <c>/cities/anshan</c>, <c>/zh</c> → <c>/</c>).
    /// </summary>
    public static bool IsChinese(string? address, out string english)
    {
        english = address ?? "";
        if (address is null || !address.StartsWith(ChinesePrefix, StringComparison.Ordinal)
            || (address.Length > ChinesePrefix.Length && address[ChinesePrefix.Length] is not ('/' or '?' or '#')))
        {
            return false;
        }

        var rest = address[ChinesePrefix.Length..];
        english = rest.Length == 0 || rest[0] != '/' ? "/" + rest : rest;
        return true;
    }

    /// <summary>Whether <paramref name="path"/> (without a query) is a page that has a Chinese twin.</summary>
    public static bool IsPage(ReadOnlySpan<char> path)
    {
        if (path.Length == 0 || path is "/")
        {
            return true;
        }

        foreach (var root in PageRoots)
        {
            if (path.StartsWith(root, StringComparison.Ordinal) && (path.Length == root.Length || path[root.Length] is '/' or '?' or '#'))
            {
                return true;
            }
        }

        return path[0] is '?' or '#' || path.StartsWith("/?", StringComparison.Ordinal) || path.StartsWith("/#", StringComparison.Ordinal);
    }

    /// <summary>
    /// The address of a page of the atlas (a site path, with its query) in <paramref name="language"/>: <c>/zh</c> before
    /// a page's path in Chinese, the path itself in English; data, pictures and assets are the same in both.
    /// </summary>
    public static string In(this AtlasLanguage language, string address)
    {
        if (language != AtlasLanguage.Chinese || !address.StartsWith('/') || address.StartsWith("//", StringComparison.Ordinal))
        {
            return address;
        }

        var path = address.AsSpan();
        var end = path.IndexOfAny('?', '#');
        if (!IsPage(end < 0 ? path : path[..end]))
        {
            return address;
        }

        return address == "/" ? ChinesePrefix + "/" : string.Concat(ChinesePrefix, address.StartsWith("/?", StringComparison.Ordinal) || address.StartsWith("/#", StringComparison.Ordinal) ? "/" + address[1..] : address);
    }

    private sealed class LanguageChoice(AtlasLanguage language)
    {
        public static readonly LanguageChoice English = new(AtlasLanguage.English);
        public static readonly LanguageChoice Chinese = new(AtlasLanguage.Chinese);

        public AtlasLanguage Language { get; } = language;
    }
}
