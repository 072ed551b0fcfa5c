namespace IndustrialAtlas.Content.Tests;

public class FrontMatterTests
{
    [Fact]
    public void Splits_yaml_from_body_and_knows_where_each_starts()
    {
        var front = FrontMatter.Extract("---\nslug: a\nname: A\n---\n## Body\n\nText.\n");

        Assert.Equal("slug: a\nname: A", front.Yaml);
        Assert.Equal(2, front.YamlFirstLine);
        Assert.StartsWith("## Body", front.Body.TrimStart(), StringComparison.Ordinal);
        Assert.Equal(5, front.BodyFirstLine);
    }

    [Fact]
    public void A_file_without_fences_has_no_front_matter()
    {
        var front = FrontMatter.Extract("# Just Markdown\n");

        Assert.Null(front.Yaml);
        Assert.Equal("# Just Markdown\n", front.Body);
    }

    [Fact]
    public void Raw_html_in_the_body_is_shown_as_text_not_rendered()
    {
        var html = ProfileMarkdown.Render("Hello <script>alert(1)</script> **bold**", 1, (line, message) => Assert.Fail($"{line}: {message}"));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<strong>bold</strong>", html, StringComparison.Ordinal);
    }
}
