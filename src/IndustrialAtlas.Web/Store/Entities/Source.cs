namespace IndustrialAtlas.Web.Store.Entities;

public sealed class Source : EditionScoped
{
    public int CityId { get; set; }

    /// <summary>The id the profile gives the source; unique within its city.</summary>
    public required string Key { get; set; }

    public required string Title { get; set; }

    public string? Publisher { get; set; }

    public string? Author { get; set; }

    public string? Url { get; set; }

    public DateOnly? Accessed { get; set; }

    /// <summary>The address of the copy the document was read in, where it could not be opened at its publisher.</summary>
    public string? ReadAt { get; set; }

    /// <summary>The document's own date: a year, yyyy-mm or yyyy-mm-dd.</summary>
    public string? Published { get; set; }

    public required string Kind { get; set; }

    public List<Claim> Claims { get; set; } = [];
}
