using System.Globalization;

namespace IndustrialAtlas.Web.Citations;

/// <summary>The dates and punctuation the prose styles (APA, MLA, Chicago) share.</summary>
internal static class CitationText
{
    // MLA 9 abbreviates months longer than four letters; May, June and July stay whole.
    private static readonly string[] MlaMonths = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    /// <summary>"November 23, 2026".</summary>
    public static string MonthDayYear(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>"2026, November 23", the date element of an APA reference.</summary>
    public static string YearMonthDay(DateOnly date) => date.ToString("yyyy, MMMM d", CultureInfo.InvariantCulture);

    /// <summary>"23 Nov. 2026".</summary>
    public static string DayMonthYear(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {MlaMonths[date.Month - 1]} {date.Year}");

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The title in curly quotes with the punctuation that follows it inside them (American style), unless the
    /// title already ends in a question or exclamation mark, which then stands for it.
    /// </summary>
    public static string Quoted(string title, char punctuation) =>
        EndsWithMark(title) ? $"\u201c{title}\u201d" : $"\u201c{title}{punctuation}\u201d";

    /// <summary>The text followed by a period, unless it already ends in one (or in ? or !).</summary>
    public static string Sentence(string text) => EndsWithMark(text) || text.EndsWith('.') ? text : text + ".";

    private static bool EndsWithMark(string text) => text.EndsWith('?') || text.EndsWith('!');
}
