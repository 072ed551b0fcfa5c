namespace IndustrialAtlas.Web.Citations;

/// <summary>Renders a view's <see cref="CslItem"/> as plain text in the style a student asks for.</summary>
public static class CitationFormatter
{
    private static readonly (string Name, CitationStyle Style)[] StyleNames =
    [
        ("apa", CitationStyle.Apa),
        ("mla", CitationStyle.Mla),
        ("chicago", CitationStyle.Chicago),
        ("bibtex", CitationStyle.Bibtex),
        ("csl-json", CitationStyle.CslJson),
    ];

    /// <summary>The citation as plain text (titles that a printed style italicises are left plain); CSL-JSON is indented JSON.</summary>
    public static string Format(CslItem item, CitationStyle style)
    {
        ArgumentNullException.ThrowIfNull(item);
        return style switch
        {
            CitationStyle.Apa => ApaCitation.Format(item),
            CitationStyle.Mla => MlaCitation.Format(item),
            CitationStyle.Chicago => ChicagoCitation.Format(item),
            CitationStyle.Bibtex => BibtexCitation.Format(item),
            CitationStyle.CslJson => CslJsonCitation.Format(item),
            _ => throw new ArgumentOutOfRangeException(nameof(style), style, "Not a citation style."),
        };
    }

    /// <summary>Reads a style's query name: apa, mla, chicago, bibtex or csl-json (any case).</summary>
    public static bool TryParseStyle(string? text, out CitationStyle style)
    {
        foreach (var (name, candidate) in StyleNames)
        {
            if (string.Equals(text?.Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                style = candidate;
                return true;
            }
        }

        style = default;
        return false;
    }

    public static string StyleName(CitationStyle style) => style switch
    {
        CitationStyle.Apa => "APA 7",
        CitationStyle.Mla => "MLA 9",
        CitationStyle.Chicago => "Chicago (notes and bibliography)",
        CitationStyle.Bibtex => "BibTeX",
        CitationStyle.CslJson => "CSL-JSON",
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, "Not a citation style."),
    };
}
