using IndustrialAtlas.Content;
using Microsoft.Extensions.Localization;

namespace IndustrialAtlas.Web.Settings;

/// <summary>
/// The interface's words, one place per language: <c>AtlasStrings.resx</c> (English) and
/// <c>AtlasStrings.zh-Hans.resx</c> (Chinese), keyed by a name such as <c>nav.cities</c>, read through
/// <c>IStringLocalizer&lt;AtlasStrings&gt;</c> in the request's language. A key missing from either file fails the tests.
/// </summary>
#pragma warning disable CA1052 // The type is the resources' name, never made or called.
public sealed class AtlasStrings;
#pragma warning restore CA1052

/// <summary>The words the interface writes for values of the content: support ratings, provinces and sectors.</summary>
public static class AtlasWords
{
    /// <summary>
    /// A string in Chinese whatever the request's language: for what describes a Chinese view from another address
    /// (<c>/cite?url=/zh/…</c>, oEmbed). A missing key is an error, never a blank.
    /// </summary>
    public static string Chinese(string key, params object[] arguments) => new Say(key, arguments).In(AtlasLanguage.Chinese);

    /// <summary>A support rating as the reader's language says it: "supported" or 有据, "disputed" or 有争议, …</summary>
    public static string Support(this IStringLocalizer<AtlasStrings> text, Support support) => text["support." + support.ToWord()];

    /// <summary>A province's name in the reader's language; a name the strings do not know stays as written.</summary>
    public static string Province(this IStringLocalizer<AtlasStrings> text, string province) =>
        text["province." + province] is { ResourceNotFound: false } found ? found.Value : province;

    /// <summary>A list's sector (<c>metallurgy</c>, <c>light-industry-pharmaceuticals</c>) in the reader's language; one the strings do not know stays as written.</summary>
    public static string Sector(this IStringLocalizer<AtlasStrings> text, string sector) =>
        text["sector." + sector] is { ResourceNotFound: false } found ? found.Value : sector;
}
