namespace IndustrialAtlas.Web.Citations;

/// <summary>A way of citing a view: a CSL style rendered by citeproc-js, or a data format for reference managers.</summary>
/// <param name="Key">The query name (<c>/cite?style=apa</c>).</param>
/// <param name="Name">What the Cite panel calls it.</param>
/// <param name="CslId">The official CSL style's id; null for a data format.</param>
/// <param name="MediaType">The data format's media type; null for a CSL style.</param>
/// <param name="Locale">
/// The locale a CSL style is run in where the style names none: the guide's own country's. Cite Them Right is a British
/// guide whose examples write "7 September 2026"; the official style left its default locale out in 2025, so a
/// processor's own locale (Zotero's is its user's) decides.
/// </param>
public sealed record CitationStyle(string Key, string Name, string? CslId, string? MediaType = null, string Locale = "en-US")
{
    public bool IsCsl => CslId is not null;
}

/// <summary>The styles the atlas offers. Each CSL id names a file of Citations/Csl/styles, an official CSL style as published.</summary>
public static class CitationStyles
{
    public static readonly CitationStyle Apa = new("apa", "APA 7", "apa");
    public static readonly CitationStyle Mla = new("mla", "MLA 9", "modern-language-association");
    public static readonly CitationStyle Chicago = new("chicago", "Chicago (notes and bibliography)", "chicago-notes-bibliography");
    public static readonly CitationStyle Harvard = new("harvard", "Harvard (Cite Them Right)", "harvard-cite-them-right", Locale: "en-GB");
    public static readonly CitationStyle GbT7714 = new("gb-t-7714", "GB/T 7714-2015", "china-national-standard-gb-t-7714-2015-numeric");
    public static readonly CitationStyle Bibtex = new("bibtex", "BibTeX (biblatex)", null, "application/x-bibtex; charset=utf-8");
    public static readonly CitationStyle Ris = new("ris", "RIS (EndNote, Zotero, Mendeley)", null, "application/x-research-info-systems; charset=utf-8");
    public static readonly CitationStyle CslJson = new("csl-json", "CSL-JSON", null, "application/vnd.citationstyles.csl+json; charset=utf-8");

    /// <summary>The styles rendered as formatted citations, in the Cite panel's order.</summary>
    public static readonly IReadOnlyList<CitationStyle> Formatted = [Apa, Mla, Chicago, Harvard, GbT7714];

    /// <summary>The data formats a reference manager imports.</summary>
    public static readonly IReadOnlyList<CitationStyle> Data = [Bibtex, Ris, CslJson];

    public static IReadOnlyList<CitationStyle> All { get; } = [.. Formatted, .. Data];

    /// <summary>
    /// The style as it renders <paramref name="item"/>: GB/T 7714 of a Chinese view with the zh-CN locale, so it writes
    /// its own Chinese terms ([EB/OL], 引用日期); every other style as it is.
    /// </summary>
    public static CitationStyle For(CitationStyle style, CslItem item)
    {
        ArgumentNullException.ThrowIfNull(style);
        ArgumentNullException.ThrowIfNull(item);
        return style == GbT7714 && item.Language.StartsWith("zh", StringComparison.Ordinal) ? style with { Locale = "zh-CN" } : style;
    }

    /// <summary>
    /// The item as <paramref name="style"/> cites it. A Chinese view's title is stored as the English styles print a title
    /// in another language, the title as published followed by its translation in square brackets; GB/T 7714, a Chinese
    /// standard, gives the title as published alone.
    /// </summary>
    public static CslItem ItemFor(CitationStyle style, CslItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return style == GbT7714 && item.TitleAsPublished is { } published ? item with { Title = published } : item;
    }

    /// <summary>Reads a style's query name (any case).</summary>
    public static CitationStyle? Find(string? key) =>
        All.FirstOrDefault(s => string.Equals(s.Key, key?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The data format's text (BibTeX, RIS or CSL-JSON) as a page shows it: every line ends with a line feed alone,
    /// because a carriage return in a page's markup (raw or as <c>&amp;#xD;</c>) is an HTML error, and a copy of the
    /// text takes the reader's own line ends anyway. The file a reference manager imports is <see cref="FormatFile"/>.
    /// </summary>
    public static string FormatData(CslItem item, CitationStyle style) => FormatFile(item, style).ReplaceLineEndings("\n");

    /// <summary>The data format's file as <c>/cite</c> sends it for download: RIS ends its lines with CR LF, as its specification says.</summary>
    public static string FormatFile(CslItem item, CitationStyle style)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(style);
        return style.Key switch
        {
            "bibtex" => BibtexCitation.Format(item),
            "ris" => RisCitation.Format(item),
            "csl-json" => CslJsonCitation.Format(item),
            _ => throw new ArgumentException($"{style.Key} is a CSL style, rendered by CitationRenderer.", nameof(style)),
        };
    }
}
