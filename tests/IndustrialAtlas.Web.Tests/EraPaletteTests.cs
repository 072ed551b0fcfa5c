using System.Text.RegularExpressions;
using IndustrialAtlas.Web.Atlas;
using IndustrialAtlas.Web.Sharing;

namespace IndustrialAtlas.Web.Tests;

/// <summary>The era colours exist three times (site.css for the page, the server's band classes, the SVG preview); they must agree.</summary>
public sealed partial class EraPaletteTests
{
    [Fact]
    public void The_stylesheet_the_band_classes_and_the_preview_use_the_same_colours()
    {
        var css = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "wwwroot", "css", "site.css"));
        var fills = EraFill().Matches(css).ToDictionary(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m => m.Groups[2].Value);

        Assert.Equal(EraBand.Palette, fills.Count);
        Assert.Equal(Enumerable.Range(0, EraBand.Palette).Select(i => fills[i]), PreviewMap.Palette);
    }

    [GeneratedRegex(@"\.era-c(\d+) \{ fill: (#[0-9a-f]{6}); \}")]
    private static partial Regex EraFill();
}
