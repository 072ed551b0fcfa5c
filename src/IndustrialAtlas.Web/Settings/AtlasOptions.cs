namespace IndustrialAtlas.Web.Settings;

/// <summary>The <c>Atlas</c> settings section.</summary>
public sealed class AtlasOptions
{
    public const string Section = "Atlas";

    /// <summary>The content folder; relative paths are taken from the atlas root (the folder holding <c>content/</c> and <c>wwwroot/</c>).</summary>
    public string ContentPath { get; set; } = "content";

    /// <summary>Ingest the content when the app starts (the embedded default). Off when a deploy runs <c>ingest</c> itself.</summary>
    public bool IngestOnStart { get; set; } = true;

    /// <summary>
    /// How many seconds an instance keeps its list of editions before reading it again, so an edition published by
    /// another instance on the same store is served within this time (this instance's own ingests show at once).
    /// </summary>
    public double EditionRefreshSeconds { get; set; } = 2;

    /// <summary>
    /// The atlas's public address (<c>https://atlas.example.org</c>), used for every absolute URL it writes. Set it
    /// wherever the atlas is reachable by others, so the Host header of a request never decides them.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The origin of <see cref="PublicBaseUrl"/> without a trailing slash; null when it is not set.</summary>
    public string? PublicOrigin => string.IsNullOrWhiteSpace(PublicBaseUrl) ? null : new Uri(PublicBaseUrl.Trim()).GetLeftPart(UriPartial.Authority);

    /// <summary>Proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed (addresses or CIDR networks, comma-separated); loopback always is.</summary>
    public string? TrustedProxies { get; set; }

    /// <summary>An optional tile server URL template (<c>https://…/{z}/{x}/{y}.png</c>). Off by default: the bundled basemap needs no network.</summary>
    public string? TileUrl { get; set; }
}
