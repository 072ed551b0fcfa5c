using System.Net;

namespace IndustrialAtlas.Web.Tests.Pages;

public sealed class PagesTests(AtlasFixture fixture) : IClassFixture<AtlasFixture>
{
    private readonly HttpClient client = fixture.App.CreateClient();

    [Theory]
    [InlineData("/", "Alpha")]
    [InlineData("/cities", "Sichuan")]
    [InlineData("/cities/beta", "Ferry 渡口 (1965–1987)")]
    [InlineData("/status", "data-count=\"claims\">4<")]
    [InlineData("/status", "data-count=\"sites-heritage\">3<")]
    [InlineData("/status", "data-count=\"sites-projects\">2<")]
    public async Task Pages_answer_with_their_content(string path, string expected)
    {
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_city_page_shows_every_claim_with_its_support_and_numbered_sources()
    {
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/cities/beta"));

        Assert.Contains("<span class=\"badge badge-disputed\">disputed</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge badge-false\">false</span>", html, StringComparison.Ordinal);
        Assert.Contains("The bureau gives about 10 billion tonnes.", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"ref-1\">", html, StringComparison.Ordinal);
        Assert.Contains("<cite>City yearbook</cite>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_names_its_document_and_says_where_a_copy_was_read_and_each_figure_shows_its_standing()
    {
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/cities/beta"));

        // The population's source is cited first: the bulletin, its date, its publisher's address and the copy read. Its
        // title and publisher are in Chinese, as published, and say so to the English page.
        Assert.Contains("<cite lang=\"zh-Hans\">乙城第七次全国人口普查公报</cite>. <span lang=\"zh-Hans\">乙城统计局</span> (Beta statistics bureau), 2021-05-31.", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://tjj.beta.example/gb/2021.html\" rel=\"noopener\">", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"read-at\">Read in a copy at <a href=\"https://copies.example.org/beta-census.html\" rel=\"noopener nofollow\">copies.example.org</a>.</span>", html, StringComparison.Ordinal);
        // The resources table shows the reserve figure with its claim's support, linked to the claim.
        Assert.Contains("<a class=\"badge badge-small badge-disputed\" href=\"#claim-beta-reserves\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_city_is_a_404_page_that_suggests_the_closest()
    {
        var response = await client.GetAsync("/cities/alpah");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No city “alpah” in the atlas", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("href=\"/cities/alpha\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/cities/beta\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/no-such-page", "Page not found")]
    [InlineData("/error/999", "Page not found")]
    [InlineData("/resources/%20", "No resource “”")]
    [InlineData("/cities/%20", "No city “”")]
    [InlineData("/cities?edition=000000000000", "There is no edition “000000000000”")]
    public async Task Unknown_addresses_are_404_pages_not_errors(string path, string expected)
    {
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(expected, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Raw_html_in_a_profile_is_never_rendered()
    {
        var html = await client.GetStringAsync("/cities/alpha");

        // The fixture's body holds <script>alert("alpha")</script>: it must reach the page as text.
        Assert.Contains("<h2 id=\"alpha\">Alpha</h2>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_forbid_inline_scripts_and_framing_by_other_sites()
    {
        var response = await client.GetAsync("/cities");
        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", policy, StringComparison.Ordinal);
    }
}

