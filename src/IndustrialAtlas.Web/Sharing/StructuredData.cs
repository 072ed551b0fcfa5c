using System.Text.Json;
using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Settings;

namespace IndustrialAtlas.Web.Sharing;

/// <summary>
/// schema.org JSON-LD for search engines and reference managers: a city is a Place, a rated claim a ClaimReview. A
/// Chinese page's is in Chinese: its names, region and words, and the review's <c>inLanguage</c>.
/// </summary>
public static class StructuredData
{
    // Chinese and pinyin as characters; what could end the <script> block (<, >, &) or a string stays escaped.
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false, Encoder = AtlasText.JsonEncoder };

    /// <summary>A city as a Place; <paramref name="province"/> is already in the page's language.</summary>
    public static string Place(string url, string name, string nameZh, string pinyin, string province, double lat, double lon, string summary, AtlasLanguage language) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Place",
            ["@id"] = url,
            ["url"] = url,
            ["name"] = language == AtlasLanguage.Chinese ? nameZh : name,
            ["alternateName"] = language == AtlasLanguage.Chinese ? new[] { name, pinyin } : new[] { nameZh, pinyin },
            ["description"] = summary,
            ["address"] = new Dictionary<string, string> { ["@type"] = "PostalAddress", ["addressRegion"] = province, ["addressCountry"] = "CN" },
            ["geo"] = new Dictionary<string, object> { ["@type"] = "GeoCoordinates", ["latitude"] = lat, ["longitude"] = lon },
        }, Options);

    /// <summary>
    /// A claim and its rating (4 supported, 3 disputed, 2 unsupported, 1 false), with the fields Google's ClaimReview
    /// guidelines recommend: <c>claimReviewed</c> within 75 characters (the whole text is the claim's <c>name</c>),
    /// the claim's author and where it appeared, and the rating's name. A claim from one of the unsigned essays the
    /// atlas checks has no author to name; a claim from the atlas's own research is a statement in circulation.
    /// </summary>
    public static string ClaimReview(string url, string text, Support support, string? note, string cityName, ClaimOrigin origin, DateTimeOffset published, AtlasLanguage language)
    {
        var word = support.ToWord();
        var claimAuthor = origin == ClaimOrigin.Essay
            ? new Dictionary<string, string> { ["@type"] = "Person", ["name"] = new Say("ld.essay.author", cityName).In(language) }
            : new Dictionary<string, string> { ["@type"] = "Organization", ["name"] = new Say("ld.accounts.author", cityName).In(language) };
        var appearance = origin == ClaimOrigin.Essay
            ? new Dictionary<string, string> { ["@type"] = "CreativeWork", ["name"] = new Say("ld.essay.appearance", cityName).In(language) }
            : new Dictionary<string, string> { ["@type"] = "CreativeWork", ["name"] = new Say("ld.accounts.appearance", cityName).In(language) };
        var chinese = language == AtlasLanguage.Chinese;
        return JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ClaimReview",
            ["url"] = url,
            ["inLanguage"] = AtlasLanguages.Tag(language),
            ["claimReviewed"] = ViewReference.Shorten(text, 75),
            ["datePublished"] = published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["author"] = new Dictionary<string, string> { ["@type"] = "Organization", ["name"] = chinese ? ViewReference.SiteNameZh : ViewReference.SiteName },
            ["reviewBody"] = note,
            ["itemReviewed"] = new Dictionary<string, object>
            {
                ["@type"] = "Claim",
                ["name"] = text,
                ["author"] = claimAuthor,
                ["appearance"] = appearance,
                ["about"] = new Dictionary<string, string> { ["@type"] = "Place", ["name"] = cityName },
            },
            ["reviewRating"] = new Dictionary<string, object?>
            {
                ["@type"] = "Rating",
                ["ratingValue"] = support switch { Support.Supported => 4, Support.Disputed => 3, Support.Unsupported => 2, _ => 1 },
                ["bestRating"] = 4,
                ["worstRating"] = 1,
                ["name"] = chinese ? new Say("support." + word).In(language) : char.ToUpperInvariant(word[0]) + word[1..],
                ["alternateName"] = word,
                ["ratingExplanation"] = note,
            },
        }, Options);
    }
}
