namespace IndustrialAtlas.Web.Citations;

/// <summary>
/// One CSL-JSON item describing a view of the atlas (the map at a query, a city page, a claim page), the one
/// record every citation style and export is made from. The atlas is the author, once, as an organisation; it is
/// not repeated as publisher or container, which are the same body. <see cref="Title"/> is stored in sentence case
/// with the first word after a colon capitalised, as APA prints it; styles that want title case (MLA, Chicago)
/// convert it. <see cref="EditionId"/> is the edition ("3f2a9c1b0d4e"), the CSL <c>version</c>
/// as styles expect it (bare: each style writes its own word before it); <see cref="Genre"/> describes a
/// map ("Interactive map") where the view is one.
/// </summary>
public sealed record CslItem(
    string Id,
    string Title,
    string Author,
    string Url,
    DateOnly Issued,
    DateOnly Accessed,
    string EditionId,
    string? Genre = null)
{
    /// <summary>The language of the view cited: <c>en</c>, or <c>zh-CN</c> for a view of the Chinese atlas.</summary>
    public string Language { get; init; } = "en";

    /// <summary>The title as published, where <see cref="Title"/> adds its translation (a view of the Chinese atlas).</summary>
    public string? TitleAsPublished { get; init; }
}
