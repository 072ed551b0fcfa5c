namespace IndustrialAtlas.Web.Citations;

/// <summary>
/// Chicago notes and bibliography, website content with an organisation as author: the first full note and the
/// bibliography entry. The owner leads the bibliography entry and is not repeated as the site when it is the
/// site; the edition's date and the access date are both given, the view being one that changes.
/// </summary>
internal static class ChicagoCitation
{
    public static string Format(CslItem item)
    {
        var title = TitleCase.Headline(item.Title);
        var sameSite = string.Equals(item.Publisher, item.ContainerTitle, StringComparison.Ordinal);
        var issued = CitationText.MonthDayYear(item.Issued);
        var accessed = CitationText.MonthDayYear(item.Accessed);

        var owner = sameSite ? "" : $", {item.Publisher}";
        var note = $"Note: 1. {CitationText.Quoted(title, ',')} {item.ContainerTitle}{owner}, edition {item.Version}, "
            + $"{issued}, accessed {accessed}, {item.Url}.";

        var site = sameSite ? "" : $" {CitationText.Sentence(item.ContainerTitle)}";
        var bibliography = $"Bibliography: {CitationText.Sentence(item.Publisher)} {CitationText.Quoted(title, '.')}{site} "
            + $"Edition {item.Version}. {issued}. Accessed {accessed}. {item.Url}.";

        return note + "\n\n" + bibliography;
    }
}
