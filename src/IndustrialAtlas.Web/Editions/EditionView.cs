namespace IndustrialAtlas.Web.Store;

/// <summary>The edition a request reads, and the newest one so a page can say when it is out of date.</summary>
public sealed record EditionView(string Id, DateTimeOffset CreatedAt, bool IsCurrent, string CurrentId);
