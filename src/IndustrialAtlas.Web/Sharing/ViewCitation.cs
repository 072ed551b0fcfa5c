using IndustrialAtlas.Web.Citations;

namespace IndustrialAtlas.Web.Sharing;

public static class ViewCitation
{
    /// <summary>The one CSL-JSON record every citation style is rendered from.</summary>
    public static CslItem ToCsl(this ViewReference view, string origin, DateOnly accessed)
    {
        var slug = new string([.. view.PathAndQuery.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }

        return new CslItem($"industrial-atlas-{slug}", view.Title, ViewReference.SiteName, ViewReference.SiteName, origin + view.PathAndQuery,
            DateOnly.FromDateTime(view.Edition.CreatedAt.UtcDateTime), accessed, view.Edition.Id);
    }

}
