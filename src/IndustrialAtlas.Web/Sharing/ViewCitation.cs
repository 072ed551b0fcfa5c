using IndustrialAtlas.Web.Citations;

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

        var genre = view.PathAndQuery.StartsWith("/?", StringComparison.Ordinal) || view.PathAndQuery == "/" ? "Interactive map"
            : view.PathAndQuery.StartsWith("/compare", StringComparison.Ordinal) ? "Chart" : null;
        return new CslItem($"industrial-atlas-{slug}", view.Title, ViewReference.SiteName, origin + view.PathAndQuery,
            DateOnly.FromDateTime(view.Edition.CreatedAt.UtcDateTime), accessed, view.Edition.Id, genre);
    }
}
