using System.Globalization;

namespace IndustrialAtlas.Web.Settings;

/// <summary>How a date is written in each language: <c>6 December 2026</c>, <c>2026年12月6日</c>.</summary>
public static class AtlasDates
{
    public static string Written(DateTimeOffset date, AtlasLanguage language) => language == AtlasLanguage.Chinese
        ? date.ToString("yyyy'年'M'月'd'日'", CultureInfo.InvariantCulture)
        : date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
