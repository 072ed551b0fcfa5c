using System.Globalization;

namespace IndustrialAtlas.Content;

/// <summary>
/// A calendar year as the atlas writes it: an integer where BCE years are negative (-475 is 475 BCE),
/// optionally approximate (written <c>~1869</c> in content, shown as "c. 1869").
/// </summary>
/// <param name="Value">The year; negative for BCE. There is no year 0.</param>
/// <param name="Approximate">Whether the year is only known roughly.</param>
public readonly record struct AtlasYear(int Value, bool Approximate = false) : IComparable<AtlasYear>
{
    /// <summary>Parses <c>1965</c>, <c>-475</c>, <c>~1869</c> or <c>~-300</c>.</summary>
    /// <returns>False when the text is not such a year, or is year 0 (the calendar has none).</returns>
    public static bool TryParse(string? text, out AtlasYear year)
    {
        year = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        var approximate = trimmed.StartsWith('~');
        if (approximate)
        {
            trimmed = trimmed[1..];
        }

        if (!int.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            || value == 0 || value < -9999 || value > 9999)
        {
            return false;
        }

        year = new AtlasYear(value, approximate);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(AtlasYear other) => Value.CompareTo(other.Value);

    /// <summary>The year for readers: "1965", "c. 1869", "475 BCE".</summary>
    public override string ToString() => Format(Value, Approximate);

    /// <summary>Formats a stored year for readers; see <see cref="ToString"/>.</summary>
    public static string Format(int value, bool approximate = false)
    {
        var plain = value < 0
            ? string.Create(CultureInfo.InvariantCulture, $"{-value} BCE")
            : value.ToString(CultureInfo.InvariantCulture);
        return approximate ? "c. " + plain : plain;
    }

    /// <summary>
    /// A span of years as every page writes it: "1958–1963", "c. 1869–1911", "1964–today" (no end: still running),
    /// "?–1911" (start unknown), one year alone where both ends are that year.
    /// </summary>
    public static string Span(int? start, int? end, bool startApproximate = false, bool endApproximate = false)
    {
        var from = start is null ? "?" : Format(start.Value, startApproximate);
        return end is not null && end == start && startApproximate == endApproximate
            ? from
            : $"{from}\u2013{(end is null ? "today" : Format(end.Value, endApproximate))}";
    }

    /// <summary>The year for Chinese readers: "1965年", "约1869年", "公元前475年".</summary>
    public static string FormatChinese(int value, bool approximate = false)
    {
        var plain = value < 0
            ? string.Create(CultureInfo.InvariantCulture, $"公元前{-value}年")
            : string.Create(CultureInfo.InvariantCulture, $"{value}年");
        return approximate ? "约" + plain : plain;
    }

    /// <summary>A span of years for Chinese readers: "1958年—1963年", "1964年至今", "？—1911年", one year alone where both ends are that year.</summary>
    public static string SpanChinese(int? start, int? end, bool startApproximate = false, bool endApproximate = false)
    {
        var from = start is null ? "？" : FormatChinese(start.Value, startApproximate);
        return end is not null && end == start && startApproximate == endApproximate
            ? from
            : end is null ? from + "至今" : $"{from}\u2014{FormatChinese(end.Value, endApproximate)}";
    }

    /// <summary>The year as content writes it: "1965", "~1869", "-475".</summary>
    public string ToContentString() =>
        (Approximate ? "~" : "") + Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Orders years on the timeline.</summary>
    public static bool operator <(AtlasYear left, AtlasYear right) => left.Value < right.Value;

    /// <summary>Orders years on the timeline.</summary>
    public static bool operator >(AtlasYear left, AtlasYear right) => left.Value > right.Value;

    /// <summary>Orders years on the timeline.</summary>
    public static bool operator <=(AtlasYear left, AtlasYear right) => left.Value <= right.Value;

    /// <summary>Orders years on the timeline.</summary>
    public static bool operator >=(AtlasYear left, AtlasYear right) => left.Value >= right.Value;
}
