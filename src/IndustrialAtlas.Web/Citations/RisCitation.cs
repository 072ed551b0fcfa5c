using System.Text;

namespace IndustrialAtlas.Web.Citations;

/// <summary>
/// An RIS record (EndNote, Zotero, Mendeley) of type <c>ELEC</c>: the atlas as author with no comma, which RIS
/// readers take as one organisation's name rather than a person's, and as publisher; the publication date, the
/// access date, the edition and the address.
/// </summary>
internal static class RisCitation
{
    public static string Format(CslItem item)
    {
        var lines = new (string Tag, string Value)[]
        {
            ("TY", "ELEC"),
            ("AU", item.Author),
            ("TI", item.Title),
            ("PY", item.Issued.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("DA", $"{item.Issued:yyyy'/'MM'/'dd}"),
            ("Y2", $"{item.Accessed:yyyy'/'MM'/'dd}"),
            ("PB", item.Author),
            ("ET", item.EditionId),
            ("UR", item.Url),
            ("LA", "en"),
            ("ER", ""),
        };
        var text = new StringBuilder();
        foreach (var (tag, value) in lines)
        {
            // RIS is one tag a line: a line break inside a value would start a new, unknown tag.
            text.Append(tag).Append("  - ").Append(value.ReplaceLineEndings(" ")).Append("\r\n");
        }

        return text.ToString();
    }
}
