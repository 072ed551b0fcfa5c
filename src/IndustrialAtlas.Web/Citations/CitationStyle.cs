namespace IndustrialAtlas.Web.Citations;

public enum CitationStyle
{
    Apa,
    Mla,
    Chicago,
    Bibtex,
    CslJson,
}
