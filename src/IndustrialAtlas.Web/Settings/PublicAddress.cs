using Microsoft.Extensions.Options;

namespace IndustrialAtlas.Web.Settings;

/// <summary>
/// The origin every absolute URL the atlas writes starts with (citations, oEmbed, canonical links, OpenGraph,
/// JSON-LD): <c>Atlas:PublicBaseUrl</c> when set, so no request's Host header can steer them; otherwise the
/// request's own scheme and host (after the forwarded headers of a trusted proxy), for a machine of one's own.
/// </summary>
public static class PublicAddress
{
    /// <summary><c>https://atlas.example.org</c>, without a trailing slash.</summary>
    public static string Origin(this HttpContext context)
    {
        var configured = context.RequestServices.GetRequiredService<IOptions<AtlasOptions>>().Value.PublicOrigin;
        return configured ?? $"{context.Request.Scheme}://{context.Request.Host}";
    }

    /// <summary>Whether <paramref name="uri"/> (absolute) is an address of this atlas.</summary>
    public static bool IsOwn(this HttpContext context, Uri uri) =>
        uri.Scheme is "http" or "https" && string.Equals(uri.GetLeftPart(UriPartial.Authority), context.Origin(), StringComparison.OrdinalIgnoreCase);
}
