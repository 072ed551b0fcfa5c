using System.Text;

namespace IndustrialAtlas.Web.Citations;

/// <summary>
/// A biblatex <c>@online</c> entry (BibTeX tools read it too): <c>url</c>, the full <c>date</c>, <c>urldate</c>,
/// the atlas as corporate author (in braces, so no style splits it into a first and last name) and as
/// <c>organization</c>, and the edition as <c>version</c>. In the title only words whose capitals must stay
/// are braced, so a style or Better BibTeX may still sentence-case the rest.
/// </summary>
internal static class BibtexCitation
{
    public static string Format(CslItem item)
    {
        var fields = new (string Name, string Value)[]
        {
            ("author", $"{{{{{Escape(item.Author)}}}}}"),
            ("title", $"{{{ProtectCapitals(item.Title)}}}"),
            ("date", $"{{{item.Issued:yyyy-MM-dd}}}"),
            ("url", $"{{{EscapeUrl(item.Url)}}}"),
            ("urldate", $"{{{item.Accessed:yyyy-MM-dd}}}"),
            ("organization", $"{{{Escape(item.Author)}}}"),
            ("version", $"{{{Escape(item.EditionId)}}}"),
            ("langid", "{english}"),
        };
        return $"@online{{{item.Id},\n" + string.Join(",\n", fields.Select(f => $"  {f.Name} = {f.Value}")) + "\n}\n";
    }

    /// <summary>Braces each word after the first that holds a capital letter or CJK characters (names, eras), escaped.</summary>
    public static string ProtectCapitals(string title)
    {
        var text = new StringBuilder(title.Length + 16);
        var words = title.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            var word = words[i];
            var start = 0;
            while (start < word.Length && !char.IsLetterOrDigit(word[start]))
            {
                start++;
            }

            var end = word.Length;
            while (end > start && !char.IsLetterOrDigit(word[end - 1]))
            {
                end--;
            }

            var core = word[start..end];
            var keep = i > 0 && core.Any(c => char.IsUpper(c) || c >= '\u2e80');
            text.Append(Escape(word[..start]));
            text.Append(keep ? $"{{{Escape(core)}}}" : Escape(core));
            text.Append(Escape(word[end..]));
        }

        return text.ToString();
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

    // biblatex reads url verbatim except that % still starts a comment and # still breaks the argument.
    private static string EscapeUrl(string url) => url.Replace("%", "\\%", StringComparison.Ordinal).Replace("#", "\\#", StringComparison.Ordinal);
}
