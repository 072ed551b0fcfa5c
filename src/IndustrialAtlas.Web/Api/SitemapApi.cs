using System.Text;
using System.Xml;
using IndustrialAtlas.Web.Settings;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Api;

/// <summary>
/// <c>/sitemap.xml</c>: every page of the current edition in both languages, each with its <c>hreflang</c> alternates
/// (<c>en</c>, <c>zh-Hans</c>, <c>x-default</c>) as the sitemaps protocol's <c>xhtml:link</c> gives them, so search
/// engines find the Chinese pages beside the English ones.
/// </summary>
public static class SitemapApi
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";

    public static WebApplication MapSitemap(this WebApplication app)
    {
        app.MapRead("/sitemap.xml", SitemapAsync).Produces<string>(StatusCodes.Status200OK, "application/xml").AddEndpointFilter(AtlasApi.PinEdition);
        return app;
    }

    /// <summary>The English addresses of every page, in a fixed order: the indexes, then each city, claim, era, resource and site.</summary>
    public static async Task<IReadOnlyList<string>> PagesAsync(AtlasDbContext db, CancellationToken ct)
    {
        var pages = new List<string> { "/", "/cities", "/claims", "/eras", "/resources", "/sites", "/compare" };
        pages.AddRange((await db.Cities.AsNoTracking().OrderBy(c => c.Slug).Select(c => c.Slug).ToListAsync(ct)).Select(s => "/cities/" + s));
        pages.AddRange((await db.Eras.AsNoTracking().OrderBy(e => e.Start).Select(e => e.Slug).ToListAsync(ct)).Select(s => "/eras/" + s));
        pages.AddRange((await db.Resources.AsNoTracking().OrderBy(r => r.Slug).Select(r => r.Slug).ToListAsync(ct)).Select(s => "/resources/" + s));
        pages.AddRange((await db.Sites.AsNoTracking().OrderBy(s => s.Slug).Select(s => s.Slug).ToListAsync(ct)).Select(s => "/sites/" + s));
        pages.AddRange((await db.Claims.AsNoTracking().OrderBy(c => c.Key).Select(c => c.Key).ToListAsync(ct)).Select(k => "/claims/" + k));
        return pages;
    }

    private static async Task<ContentHttpResult> SitemapAsync(HttpContext http, AtlasDbContext db, CancellationToken ct)
    {
        var origin = http.Origin();
        var pages = await PagesAsync(db, ct);
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", SitemapNs);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
            foreach (var page in pages)
            {
                foreach (var language in new[] { AtlasLanguage.English, AtlasLanguage.Chinese })
                {
                    xml.WriteStartElement("url", SitemapNs);
                    xml.WriteElementString("loc", SitemapNs, origin + language.In(page));
                    foreach (var (hreflang, address) in new[] { ("en", page), ("zh-Hans", AtlasLanguage.Chinese.In(page)), ("x-default", page) })
                    {
                        xml.WriteStartElement("xhtml", "link", XhtmlNs);
                        xml.WriteAttributeString("rel", "alternate");
                        xml.WriteAttributeString("hreflang", hreflang);
                        xml.WriteAttributeString("href", origin + address);
                        xml.WriteEndElement();
                    }

                    xml.WriteEndElement();
                }
            }

            xml.WriteEndElement();
        }

        // The writer declares UTF-16 (a StringBuilder's encoding); the answer is UTF-8.
        return TypedResults.Content(text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal), "application/xml; charset=utf-8");
    }
}
