namespace IndustrialAtlas.Web.Citations;

/// <summary>
/// APA 7, webpage on a website (Publication Manual 10.16) with a group author. The author is the site, so the
/// site name is left out of the source element; the view is designed to change between editions, so the
/// retrieval date is given.
/// </summary>
internal static class ApaCitation
{
    public static string Format(CslItem item)
    {
        var site = string.Equals(item.Publisher, item.ContainerTitle, StringComparison.Ordinal) ? "" : $" {CitationText.Sentence(item.ContainerTitle)}";
        return $"{CitationText.Sentence(item.Publisher)} ({CitationText.YearMonthDay(item.Issued)}). "
            + $"{TitleCase.Sentence(item.Title)} (Edition {item.Version}).{site} "
            + $"Retrieved {CitationText.MonthDayYear(item.Accessed)}, from {item.Url}";
    }
}
