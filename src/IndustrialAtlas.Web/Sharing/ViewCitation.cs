using IndustrialAtlas.Web.Citations;
using IndustrialAtlas.Web.Settings;

namespace IndustrialAtlas.Web.Sharing;

public static class ViewCitation
{
    /// <summary>The one CSL-JSON record every citation style and export is made from.</summary>
    public static CslItem ToCsl(this ViewReference view, string origin, DateOnly accessed)
    {
        var slug = new string([.. view.PathAndQuery.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }

        var path = view.EnglishPathAndQuery;
        var chinese = view.Language == AtlasLanguage.Chinese;
        var genre = path.StartsWith("/?", StringComparison.Ordinal) || path == "/" ? (chinese ? "交互式地图" : "Interactive map")
            : path.StartsWith("/compare", StringComparison.Ordinal) ? (chinese ? "图表" : "Chart") : null;
        if (!chinese)
        {
            return new CslItem($"industrial-atlas-{slug}", view.Title, ViewReference.SiteName, origin + view.PathAndQuery,
                DateOnly.FromDateTime(view.Edition.CreatedAt.UtcDateTime), accessed, view.Edition.Id, genre);
        }

        // A view of the Chinese atlas: its Chinese title with the English one as its translation (what APA, MLA and Chicago
        // print for a title in another language); GB/T 7714 takes the Chinese alone (CitationStyles.ItemFor).
        return new CslItem($"industrial-atlas-{slug}", $"{view.Title} [{view.EnglishTitle}]", ViewReference.SiteNameZh, origin + view.PathAndQuery,
            DateOnly.FromDateTime(view.Edition.CreatedAt.UtcDateTime), accessed, view.Edition.Id, genre)
        {
            Language = "zh-CN",
            TitleAsPublished = view.Title,
        };
    }
}
