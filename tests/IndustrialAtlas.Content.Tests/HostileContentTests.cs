namespace IndustrialAtlas.Content.Tests;

/// <summary>Content that would crash, bloat or turn the atlas is a problem at its line, never an exception.</summary>
public sealed class HostileContentTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("atlas-hostile-").FullName;

    public HostileContentTests()
    {
        FixtureFiles.WriteTaxonomies(root);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    /// <summary>The line of the fixture's first body paragraph, where a replaced paragraph starts.</summary>
    private static readonly int ParagraphLine = LineOf(l => l.StartsWith("The body is", StringComparison.Ordinal));

    private static int LineOf(Predicate<string> match) => Array.FindIndex(FixtureFiles.Read("valid.md").Split('\n'), match) + 1;

    private static string Body(string markdown) => FixtureFiles.Read("valid.md").Replace("The body is **Markdown**.", markdown, StringComparison.Ordinal);

    [Fact]
    public void Block_quotes_nested_past_the_renderers_limit_are_a_problem_at_the_body()
    {
        var (profile, diagnostics) = FixtureFiles.Parse(Body(new string('>', 130) + " deep"));

        Assert.Null(profile);
        var problem = Assert.Single(diagnostics);
        Assert.Equal(LineOf(l => l == "## History"), problem.Line);
        Assert.Contains("Markdown the renderer refuses", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_nested_forty_thousand_deep_is_a_problem_not_a_stack_overflow()
    {
        var text = FixtureFiles.ValidWith("summary:", "summary: " + new string('[', 40_000) + new string(']', 40_000));

        var (profile, diagnostics) = FixtureFiles.Parse(text);

        Assert.Null(profile);
        var problem = Assert.Single(diagnostics);
        Assert.Equal(12, problem.Line);
        Assert.Contains("YAML nested more than 32 levels deep", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[run](javascript:alert(1))", "javascript:alert(1)")]
    [InlineData("[img](data:text/html;base64,PHNjcmlwdD4=)", "data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("[vb](vbscript:msgbox)", "vbscript:msgbox")]
    [InlineData("[spaced]( JaVaScRiPt:alert(1))", "JaVaScRiPt:alert(1)")]
    [InlineData("![pic](javascript:alert(1))", "javascript:alert(1)")]
    [InlineData("<javascript:alert(1)>", "javascript:alert(1)")]
    [InlineData("[ref][r]\n\n[r]: javascript:alert(1)\n\nEnd.", "javascript:alert(1)")]
    public void A_link_to_any_scheme_but_the_webs_and_mail_is_a_problem(string markdown, string url)
    {
        var (profile, diagnostics) = FixtureFiles.Parse(Body("Text.\n\n" + markdown));

        Assert.Null(profile);
        Assert.Contains(diagnostics, d => d.Line == ParagraphLine + 2 && d.Message.Contains($"link to '{url}'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[web](https://example.org/a)")]
    [InlineData("[mail](mailto:editor@example.org)")]
    [InlineData("[anchor](#history)")]
    [InlineData("[page](/cities/valid)")]
    [InlineData("<https://example.org>")]
    public void Links_to_the_web_mail_the_site_and_the_page_are_rendered(string markdown)
    {
        var (profile, diagnostics) = FixtureFiles.Parse(Body(markdown));

        Assert.Empty(diagnostics);
        Assert.Contains("<a href=", profile!.BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_over_the_size_limit_is_a_problem_and_not_read()
    {
        File.WriteAllText(Path.Combine(root, "cities", "valid.md"), Body(new string('x', ContentLoader.MaxProfileBytes)));

        var result = ContentLoader.Load(root);

        Assert.False(result.IsValid);
        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal(("cities/valid.md", 1), (problem.File, problem.Line));
        Assert.Contains("a profile may be at most 256 KB", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_content_folder_without_city_profiles_is_a_problem_not_an_empty_edition()
    {
        var result = ContentLoader.Load(root);

        Assert.Null(result.Set);
        Assert.Contains(result.Diagnostics, d => d.File == "cities/" && d.Message.Contains("no city profiles", StringComparison.Ordinal));

        Directory.Delete(Path.Combine(root, "cities"));
        Assert.Contains(ContentLoader.Load(root).Diagnostics, d => d.Message.Contains("no city profiles", StringComparison.Ordinal));
    }
}
