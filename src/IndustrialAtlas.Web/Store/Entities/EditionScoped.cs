namespace IndustrialAtlas.Web.Store.Entities;

/// <summary>A row that belongs to one edition; queries see only the edition the context is pinned to.</summary>
public abstract class EditionScoped
{
    public int Id { get; set; }

    public required string EditionId { get; set; }
}
