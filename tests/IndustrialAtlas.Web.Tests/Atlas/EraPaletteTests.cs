using System.Text.RegularExpressions;
using IndustrialAtlas.Web.Atlas;
using IndustrialAtlas.Web.Sharing;

namespace IndustrialAtlas.Web.Tests.Atlas;

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

    [Fact]
    public void Every_era_of_the_content_has_a_colour_no_other_era_has()
    {
        // Markers name their era by colour: two eras in one colour could not be told apart on the map.
        var problems = new List<IndustrialAtlas.Content.Diagnostic>();
        var eras = IndustrialAtlas.Content.TaxonomyReader.ReadEras("eras.yml", File.ReadAllText(Path.Combine(RepositoryRoot.Path, "content", "eras.yml")), problems);

        Assert.Empty(problems);
        Assert.True(eras.Count <= EraBand.Palette, $"{eras.Count} eras but {EraBand.Palette} colours");
    }

    [GeneratedRegex(@"\.era-c(\d+) \{ fill: (#[0-9a-f]{6}); \}")]
    private static partial Regex EraFill();
}
