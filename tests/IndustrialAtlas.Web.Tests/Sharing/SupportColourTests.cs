using System.Text.RegularExpressions;
using IndustrialAtlas.Content;

namespace IndustrialAtlas.Web.Tests.Sharing;

/// <summary>A support value has one colour: the badges' in site.css and the one the server draws the claim card in.</summary>
public sealed partial class SupportColourTests
{
    [Fact]
    public void Each_support_value_has_the_stylesheets_colour()
    {
        var css = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "wwwroot", "css", "site.css"));
        var variables = Variable().Matches(css).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);

        Assert.All(SupportWords.All, support =>
        {
            Assert.True(variables.TryGetValue(support.ToWord(), out var colour), $"site.css has no --{support.ToWord()}");
            Assert.Equal(colour, support.Colour(), ignoreCase: true);
        });
    }

    [GeneratedRegex(@"--(supported|disputed|unsupported|false):\s*(#[0-9a-fA-F]{6});")]
    private static partial Regex Variable();
}
