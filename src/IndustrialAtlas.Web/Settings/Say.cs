using System.Globalization;

namespace IndustrialAtlas.Web.Settings;

/// <summary>
/// A sentence of the interface with its values, written in the reader's language only when it is shown: a key of
/// <c>AtlasStrings</c> and the arguments its text takes. A filter that finds a bad value says so once, and the Chinese
/// page shows it in Chinese, the English page and the API in English (<see cref="ToString"/>). An argument that is a
/// <see cref="Say"/>, a <see cref="Year"/> or a list of <see cref="Values"/> is itself written in the same language.
/// </summary>
public sealed record Say(string Key, params object[] Arguments)
{
    private static readonly System.Resources.ResourceManager Resources = new(typeof(AtlasStrings).FullName!, typeof(AtlasStrings).Assembly);

    /// <summary>A year as an argument: "475 BCE" in English, 公元前475年 in Chinese.</summary>
    public sealed record Year(int Value);

    /// <summary>
    /// The values a query key takes, as slugs and names: "aviation, aluminium" in English (what to type); in Chinese each
    /// slug after its name, "航空（aviation）、铝（aluminium）", so a reader knows which to type. The names are in the
    /// language the content was read in, which on a page is the page's.
    /// </summary>
    public sealed record Values(IReadOnlyList<(string Slug, string Name)> Items)
    {
        public string In(AtlasLanguage language) => language == AtlasLanguage.Chinese
            ? string.Join("、", Items.Select(i => i.Name == i.Slug ? i.Slug : $"{i.Name}（{i.Slug}）"))
            : string.Join(", ", Items.Select(i => i.Slug));
    }

    /// <summary>The sentence in <paramref name="language"/>. A key missing from the strings is an error, never a blank.</summary>
    public string In(AtlasLanguage language)
    {
        var culture = language == AtlasLanguage.Chinese ? AtlasLanguages.ChineseCulture : CultureInfo.InvariantCulture;
        var text = Resources.GetString(Key, culture) ?? throw new KeyNotFoundException($"AtlasStrings has no '{Key}'.");
        return string.Format(culture, text, [.. Arguments.Select(a => a switch
        {
            Say say => say.In(language),
            Year year => LocalFormat.Year(language, year.Value),
            Values values => values.In(language),
            _ => a,
        })]);
    }

    /// <summary>Several sentences as one paragraph in <paramref name="language"/> (Chinese sentences need no space between them).</summary>
    public static string Join(IEnumerable<Say> sentences, AtlasLanguage language) =>
        string.Join(language == AtlasLanguage.Chinese ? "" : " ", sentences.Select(s => s.In(language)));

    /// <summary>The English, as the API and the log give it.</summary>
    public override string ToString() => In(AtlasLanguage.English);
}
