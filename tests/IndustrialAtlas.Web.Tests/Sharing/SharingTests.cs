using System.Net;
using System.Text.Json;

namespace IndustrialAtlas.Web.Tests.Sharing;

/// <summary>What students rely on: stable links, /cite, /oembed, /embed framing, previews, metadata and downloads.</summary>
public sealed class SharingTests(AtlasFixture fixture) : IClassFixture<AtlasFixture>
{
    private readonly HttpClient client = fixture.App.CreateClient();

    private async Task<string> EditionId()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/cities/alpha"));
        return json.RootElement.GetProperty("edition").GetString()!;
    }

    [Theory]
    [InlineData("/cities/alpha", "apa", "Industrial Atlas. ({date}). Alpha (甲城): History, resources and claims. http://localhost/cities/alpha?edition={edition}")]
    [InlineData("/?year=1970&resource=vanadium", "apa", "Industrial cities of China in 1970 with vanadium [Interactive map]. http://localhost/?year=1970&resource=vanadium&edition={edition}")]
    [InlineData("/claims/beta-clock", "mla", "Industrial Atlas. Claim (False): A Clock Monument Marks the First Iron. Version {edition},")]
    [InlineData("/eras/third-front", "bibtex", "title = {Third {Front} construction (1964–1980) in {China's} industrial cities}")]
    [InlineData("/eras/third-front", "ris", "TI  - Third Front construction (1964–1980) in China's industrial cities\r\nPY  - ")]
    [InlineData("/resources/vanadium", "chicago", "Industrial Atlas. “Vanadium in China’s Industrial Cities.” Version {edition}.")]
    [InlineData("/resources/vanadium", "gb-t-7714", "[1] INDUSTRIAL ATLAS. Vanadium in China’s industrial cities[EB/OL].")]
    public async Task Cite_gives_each_view_a_citation_that_names_its_edition(string view, string style, string expected)
    {
        var edition = await EditionId();
        var response = await client.GetAsync($"/cite?url={Uri.EscapeDataString(view)}&style={style}");
        var text = await response.Content.ReadAsStringAsync();
        var today = DateTime.UtcNow;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(style switch { "bibtex" => "application/x-bibtex", "ris" => "application/x-research-info-systems", _ => "text/plain" }, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected.Replace("\\r\\n", "\r\n", StringComparison.Ordinal).Replace("{edition}", edition, StringComparison.Ordinal)
            .Replace("{date}", today.ToString("yyyy, MMMM d", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{today}", today.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cite_in_csl_json_is_the_record_every_style_comes_from()
    {
        var edition = await EditionId();
        var response = await client.GetAsync("/cite?url=http://localhost/cities/beta&style=csl-json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var item = json.RootElement[0];

        Assert.Equal("application/vnd.citationstyles.csl+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(("webpage", "Beta (乙城): History, resources and claims", $"http://localhost/cities/beta?edition={edition}", edition),
            (item.GetProperty("type").GetString(), item.GetProperty("title").GetString(), item.GetProperty("URL").GetString(), item.GetProperty("version").GetString()));
    }

    [Theory]
    [InlineData("/cite?style=apa", HttpStatusCode.BadRequest, "Give the view to cite as 'url'")]
    [InlineData("/cite?url=https://elsewhere.example/cities/alpha", HttpStatusCode.BadRequest, "is not an address on this site")]
    [InlineData("/cite?url=/cities/alpha&style=vancouver", HttpStatusCode.BadRequest, "'style' must be one of apa, mla, chicago, harvard, gb-t-7714, bibtex, ris, csl-json")]
    [InlineData("/cite?url=/cities/alpha&format=pdf", HttpStatusCode.BadRequest, "'format' must be text or html")]
    [InlineData("/cite?url=/cities/alpha&style=apa&form=note", HttpStatusCode.BadRequest, "note is offered for the Chicago notes style only")]
    [InlineData("/cite?url=/cities/gamma", HttpStatusCode.NotFound, "is not a view of the atlas")]
    [InlineData("/cite?url=/?year=abc", HttpStatusCode.NotFound, "is not a view of the atlas")]
    [InlineData("/cite?url=/cities/alpha%3Fedition%3D000000000000", HttpStatusCode.NotFound, "There is no edition")]
    public async Task Cite_refuses_what_is_not_a_view(string path, HttpStatusCode status, string message)
    {
        var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OEmbed_answers_a_rich_iframe_of_the_same_view()
    {
        var edition = await EditionId();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/oembed?url=" + Uri.EscapeDataString("http://localhost/?year=1970&resource=vanadium") + "&format=json&maxwidth=480"));
        var root = json.RootElement;

        Assert.Equal(("1.0", "rich", "Industrial Atlas", 480, 400),
            (root.GetProperty("version").GetString(), root.GetProperty("type").GetString(), root.GetProperty("provider_name").GetString(), root.GetProperty("width").GetInt32(), root.GetProperty("height").GetInt32()));
        Assert.Equal("Industrial cities of China in 1970 with vanadium", root.GetProperty("title").GetString());
        Assert.Equal($"<iframe src=\"http://localhost/embed?year=1970&amp;resource=vanadium&amp;edition={edition}\" width=\"480\" height=\"400\" title=\"Industrial cities of China in 1970 with vanadium\" loading=\"lazy\"></iframe>",
            root.GetProperty("html").GetString());
    }

    [Theory]
    [InlineData("/oembed?url=/cities/alpha&format=xml", HttpStatusCode.NotImplemented)]
    [InlineData("/oembed?url=/cities/nowhere&format=json", HttpStatusCode.NotFound)]
    public async Task OEmbed_refusals_follow_the_specification(string path, HttpStatusCode status) =>
        Assert.Equal(status, (await client.GetAsync(path)).StatusCode);

    [Fact]
    public async Task Pages_carry_discovery_citation_and_preview_metadata()
    {
        var edition = await EditionId();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/cities/alpha"));

        Assert.Contains($"<link rel=\"canonical\" href=\"http://localhost/cities/alpha?edition={edition}\">", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"http://localhost/oembed?url=http%3A%2F%2Flocalhost%2Fcities%2Falpha%3Fedition%3D", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"citation_title\" content=\"Alpha (甲城): History, resources and claims\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"citation_author\" content=\"Industrial Atlas,\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"DC.creator\" content=\"Industrial Atlas\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"citation_publisher\" content=\"Industrial Atlas\">", html, StringComparison.Ordinal);
        Assert.Contains($"<meta name=\"citation_abstract\" content=\"", html, StringComparison.Ordinal);
        Assert.Contains($"(Edition {edition}.)\">", html, StringComparison.Ordinal);
        Assert.Contains($"<meta name=\"citation_public_url\" content=\"http://localhost/cities/alpha?edition={edition}\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:image\" content=\"http://localhost/preview.png?city=alpha", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:image:type\" content=\"image/png\">", html, StringComparison.Ordinal);
        Assert.Contains("\"@type\":\"Place\"", html, StringComparison.Ordinal);
        Assert.Contains("\"latitude\":41.11", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_claim_page_describes_its_rating_as_a_claim_review()
    {
        var html = await client.GetStringAsync("/claims/beta-reserves");

        Assert.Contains("\"@type\":\"ClaimReview\"", html, StringComparison.Ordinal);
        Assert.Contains("\"ratingValue\":3", html, StringComparison.Ordinal);
        Assert.Contains("\"alternateName\":\"disputed\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_share_panel_offers_link_embed_and_every_citation_style()
    {
        var edition = await EditionId();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/?year=1970"));

        Assert.Contains($"value=\"http://localhost/?year=1970&edition={edition}\"", html, StringComparison.Ordinal);
        Assert.Contains($"<iframe src=\"http://localhost/embed?year=1970&amp;edition={edition}\" width=\"100%\" height=\"480\" style=\"border:0;max-width:100%\"", html, StringComparison.Ordinal);
        Assert.Contains("data-industrial-atlas></iframe>\n<script async src=\"http://localhost/js/embed.js\"></script>", html, StringComparison.Ordinal);
        foreach (var style in new[] { "apa", "mla", "chicago", "harvard", "gb-t-7714", "bibtex", "ris", "csl-json" })
        {
            Assert.Contains($"data-style=\"{style}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("<i>Industrial cities of China in 1970</i>", html, StringComparison.Ordinal);
        Assert.Contains("data-form=\"note\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/?year=1970")]
    [InlineData("/cities/alpha")]
    [InlineData("/claims/beta-clock")]
    public async Task The_share_panel_shows_its_ris_record_without_a_carriage_return_while_the_download_keeps_crlf(string view)
    {
        var html = await client.GetStringAsync(view);
        var shown = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, "<pre id=\"cite-ris\"[^>]*>(.*?)</pre>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value);
        var file = await client.GetStringAsync($"/cite?url={Uri.EscapeDataString(view)}&style=ris");

        Assert.StartsWith("TY  - ELEC\nAU  - ", shown, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', html);
        Assert.DoesNotContain("&#xD;", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("&#13;", html, StringComparison.Ordinal);
        Assert.StartsWith("TY  - ELEC\r\nAU  - ", file, StringComparison.Ordinal);
        Assert.EndsWith("ER  - \r\n", file, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_embed_may_be_framed_by_other_sites()
    {
        var embed = await client.GetAsync("/embed?year=1970");
        var page = await client.GetAsync("/?year=1970");
        var html = WebUtility.HtmlDecode(await embed.Content.ReadAsStringAsync());
        var edition = await EditionId();

        Assert.Equal(HttpStatusCode.OK, embed.StatusCode);
        Assert.Contains("frame-ancestors *", string.Join(' ', embed.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", string.Join(' ', page.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Contains($"<a class=\"embed-open\" href=\"/?year=1970&edition={edition}\" target=\"_blank\" rel=\"noopener\">Open in Industrial Atlas</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"site-header\"", html, StringComparison.Ordinal);
        Assert.Contains("<li data-city=\"beta\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_draws_the_view_as_svg()
    {
        var response = await client.GetAsync("/preview.svg?year=1970");
        var svg = await response.Content.ReadAsStringAsync();

        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"630\"", svg, StringComparison.Ordinal);
        Assert.Contains(">Ferry</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">Industrial cities of China in 1970</text>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_view_downloads_as_csv()
    {
        var cities = await client.GetAsync("/api/atlas.csv?year=1970&resource=vanadium");
        var claims = await client.GetStringAsync("/api/claims.csv?city=beta");
        var lines = (await cities.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", cities.Content.Headers.ContentType?.MediaType);
        Assert.Equal("slug,name,name_zh,name_then,province,lat,lon,year,era,phase,resources,edition", lines[0]);
        Assert.StartsWith("beta,Beta,乙城,Ferry,Sichuan,26.58,101.72,1970,third-front,Third Front base,vanadium,", lines[1], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
        Assert.Contains("beta-reserves,beta,Beta's ore reserves are 3.5 billion tonnes.,disputed,The bureau gives about 10 billion tonnes.,essay,,,vanadium,\"City yearbook, City statistics bureau\",", claims, StringComparison.Ordinal);
    }
}
