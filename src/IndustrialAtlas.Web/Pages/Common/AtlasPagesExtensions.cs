namespace IndustrialAtlas.Web.Pages.Common;

public static class AtlasPagesExtensions
{
    /// <summary>The folders whose pages read content, and so are pinned to an edition.</summary>
    private static readonly string[] ContentFolders = ["/Atlas", "/Cities", "/Claims", "/Compare", "/Embed", "/Eras", "/Resources", "/SharePanel", "/Sites"];

    public static WebApplicationBuilder AddAtlasPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(o =>
        {
            foreach (var folder in ContentFolders)
            {
                o.Conventions.AddFolderApplicationModelConvention(folder, m => m.Filters.Add(new EditionFilter()));
            }
        });
        return builder;
    }
}
