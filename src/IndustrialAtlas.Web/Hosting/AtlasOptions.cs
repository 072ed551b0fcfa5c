namespace IndustrialAtlas.Web.Hosting;

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

    /// <summary>An optional tile server URL template (<c>https://…/{z}/{x}/{y}.png</c>). Off by default: the bundled basemap needs no network.</summary>
    public string? TileUrl { get; set; }
}
