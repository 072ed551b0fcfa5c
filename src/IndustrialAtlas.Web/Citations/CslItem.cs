namespace IndustrialAtlas.Web.Citations;

/// <summary>
/// One CSL-JSON "webpage" item describing a view of the atlas (the map at a query, a city page, a claim page);
/// every citation style is rendered from it. <see cref="Publisher"/> is also the group author.
/// </summary>
public sealed record CslItem(
    string Id,
    string Title,
    string ContainerTitle,
    string Publisher,
    string Url,
    DateOnly Issued,
    DateOnly Accessed,
    string Version);
