using System.Text;

namespace IndustrialAtlas.Web.Citations;

/// <summary>
/// A BibTeX <c>@misc</c> entry that biblatex also reads (<c>urldate</c>, <c>version</c>). The group author and
/// the title sit in double braces so that no bibliography style splits the name or changes the title's case.
/// </summary>
internal static class BibtexCitation
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static string Format(CslItem item)
    {
        var accessed = CitationText.IsoDate(item.Accessed);
        var fields = new (string Name, string Value)[]
        {
            ("author", $"{{{{{Escape(item.Publisher)}}}}}"),
            ("title", $"{{{{{Escape(item.Title)}}}}}"),
            ("howpublished", $"{{\\url{{{EscapeUrl(item.Url)}}}}}"),
            ("year", $"{{{item.Issued.Year}}}"),
            ("month", Months[item.Issued.Month - 1]),
            ("note", $"{{Edition {Escape(item.Version)}. Accessed {accessed}}}"),
            ("urldate", $"{{{accessed}}}"),
            ("version", $"{{{Escape(item.Version)}}}"),
        };
        return $"@misc{{{item.Id},\n" + string.Join(",\n", fields.Select(f => $"  {f.Name} = {f.Value}")) + "\n}";
    }

    /// <summary>Escapes the characters that (La)TeX reads as commands in ordinary text.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' or '%' or '$' or '#' or '_' or '{' or '}' => $"\\{c}",
                '\\' => "\\textbackslash{}",
                '~' => "\\textasciitilde{}",
                '^' => "\\textasciicircum{}",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    // \url reads its argument verbatim except that % still starts a comment and # still breaks the argument
    // when the .bbl is read back; both take a backslash, which \url then drops.
    private static string EscapeUrl(string url) => url.Replace("%", "\\%", StringComparison.Ordinal).Replace("#", "\\#", StringComparison.Ordinal);
}
