namespace IndustrialAtlas.Web.Store.Entities;

/// <summary>One city's figures for one indicator and one thing counted, from one source or one a point.</summary>
public sealed class Series : EditionScoped
{
    public int CityId { get; set; }

    public City City { get; set; } = null!;

    public int IndicatorId { get; set; }

    public Indicator Indicator { get; set; } = null!;

    /// <summary>The order in the profile; the first series of an indicator is the city's main one.</summary>
    public int Position { get; set; }

    /// <summary>What the figures count; null when it is the city.</summary>
    public string? Scope { get; set; }

    /// <summary>The unit the content wrote the figures in (values are stored in the indicator's unit).</summary>
    public required string WrittenUnit { get; set; }

    public string? Note { get; set; }

    /// <summary>What is counted, in Chinese; null until it is written.</summary>
    public string? ScopeZh { get; set; }

    /// <summary>The note in Chinese.</summary>
    public string? NoteZh { get; set; }

    public int? SourceId { get; set; }

    /// <summary>The series' own source, when it has one; every point has its source either way.</summary>
    public Source? Source { get; set; }

    public List<SeriesPoint> Points { get; set; } = [];
}

/// <summary>One figure of a series.</summary>
public sealed class SeriesPoint : EditionScoped
{
    public int SeriesId { get; set; }

    public Series Series { get; set; } = null!;

    public int Year { get; set; }

    public bool YearApproximate { get; set; }

    /// <summary>The figure in the indicator's unit.</summary>
    public double Value { get; set; }

    /// <summary>Whether the source calls the figure approximate.</summary>
    public bool Approximate { get; set; }

    public int SourceId { get; set; }

    public Source Source { get; set; } = null!;

    public string? Note { get; set; }
}
