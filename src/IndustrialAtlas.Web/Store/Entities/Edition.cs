namespace IndustrialAtlas.Web.Store.Entities;

/// <summary>One published state of the whole content set. Its id is the content's fingerprint.</summary>
public sealed class Edition
{
    public required string Id { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The edition served when a request names none. Exactly one edition is current.</summary>
    public bool IsCurrent { get; set; }
}
