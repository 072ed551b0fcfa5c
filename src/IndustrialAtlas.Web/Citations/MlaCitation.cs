namespace IndustrialAtlas.Web.Citations;

/// <summary>
/// MLA 9, page on a website. The corporate author is also the site and its publisher, so the entry begins with
/// the title and names the organisation once, as the container.
/// </summary>
internal static class MlaCitation
{
    public static string Format(CslItem item)
    {
        var publisher = string.Equals(item.Publisher, item.ContainerTitle, StringComparison.Ordinal) ? "" : $", {item.Publisher}";
        return $"{CitationText.Quoted(TitleCase.Headline(item.Title), '.')} {item.ContainerTitle}{publisher}, "
            + $"edition {item.Version}, {CitationText.DayMonthYear(item.Issued)}, {WithoutScheme(item.Url)}. "
            + $"Accessed {CitationText.DayMonthYear(item.Accessed)}.";
    }

    private static string WithoutScheme(string url)
    {
        foreach (var scheme in (string[])["https://", "http://"])
        {
            if (url.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                return url[scheme.Length..];
            }
        }

        return url;
    }
}
