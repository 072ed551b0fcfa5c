using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using SkiaSharp;

namespace IndustrialAtlas.Web.Tests.Sharing;

/// <summary>A picture of every view (PNG share cards and print size), its alt text and description, claim cards,
/// the oEmbed answers and the metadata link previews and reference managers read.</summary>
public sealed partial class PicturesTests(AtlasFixture fixture) : IClassFixture<AtlasFixture>
{
    private readonly HttpClient client = fixture.App.CreateClient();

    [Theory]
    [InlineData("/preview.png?year=1970", 1200, 630)]
    [InlineData("/preview.png?year=1970&size=print", 2400, 1260)]
    [InlineData("/preview.png?year=1970&resource=vanadium&measure=population", 1200, 630)]
    [InlineData("/preview/claims/beta-reserves.png", 1200, 630)]
    [InlineData("/preview/claims/beta-reserves.png?size=print", 2400, 1260)]
    public async Task The_picture_is_a_png_of_its_size_that_decodes(string path, int width, int height)
    {
        var response = await client.GetAsync(path);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        using var bitmap = SKBitmap.Decode(bytes);
        Assert.NotNull(bitmap);
        Assert.Equal((width, height), (bitmap.Width, bitmap.Height));
        // Not a blank canvas: the map's sea, land and markers (or the card's colours) give many distinct colours.
        var colours = new HashSet<uint>();
        for (var y = 0; y < bitmap.Height; y += 7)
        {
            for (var x = 0; x < bitmap.Width; x += 7)
            {
                colours.Add((uint)bitmap.GetPixel(x, y));
            }
        }

        Assert.True(colours.Count > 20, $"only {colours.Count} colours: the picture looks blank");
    }

    [Theory]
    [InlineData("/preview.png?year=1970&size=huge", HttpStatusCode.BadRequest)]
    [InlineData("/preview.png?year=abc", HttpStatusCode.BadRequest)]
    [InlineData("/preview/claims/nowhere.png", HttpStatusCode.NotFound)]
    public async Task A_bad_picture_request_gets_a_clear_status(string path, HttpStatusCode status) =>
        Assert.Equal(status, (await client.GetAsync(path)).StatusCode);

    [Fact]
    public async Task The_map_alt_text_says_what_the_view_shows()
    {
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/?year=1970&resource=vanadium"));

        Assert.Equal("Map of 1 industrial city of China in 1970, vanadium: Ferry.", Meta(html, "og:image:alt"));
        Assert.Equal(Meta(html, "og:image:alt"), Meta(html, "description"));
        Assert.Equal(Meta(html, "og:image:alt"), Meta(html, "og:description"));
    }

    [Fact]
    public async Task A_map_of_several_cities_lists_them_and_a_measure_gives_each_figure_its_year()
    {
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/?year=2020&measure=population"));
        var alt = Meta(html, "og:image:alt");

        Assert.StartsWith("Map of ", alt, StringComparison.Ordinal);
        Assert.Contains(" industrial cities of China in 2020, sized by population: ", alt, StringComparison.Ordinal);
        Assert.Matches(@"Alpha \([0-9.,]+ [a-z ]+ in (19|20)\d\d\)", alt);
    }

    [Fact]
    public async Task The_picture_of_a_measure_sizes_each_marker_by_its_figure_and_has_a_size_legend()
    {
        var plain = await client.GetStringAsync("/preview.svg?year=2020");
        var measured = await client.GetStringAsync("/preview.svg?year=2020&measure=population");
        static List<double> Radii(string svg) =>
            [.. CircleRadius().Matches(svg).Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

        // Without a measure every city has the same marker; with one, the markers differ (largest drawn first).
        Assert.Single(Radii(plain).Distinct());
        var markers = Radii(measured.Split("Population")[0]);
        Assert.True(markers.Distinct().Count() > 1, $"all markers have radius {markers[0]}");
        Assert.Equal([.. markers.OrderDescending()], markers);
        Assert.Contains(">Population</text>", measured, StringComparison.Ordinal);
        Assert.Contains(" people</text>", measured, StringComparison.Ordinal);
    }

    [GeneratedRegex("<circle [^>]*r=\"([0-9.]+)\"")]
    private static partial Regex CircleRadius();

    [Theory]
    [InlineData("/cities/alpha")]
    [InlineData("/cities")]
    [InlineData("/claims")]
    [InlineData("/claims/beta-reserves")]
    [InlineData("/eras/third-front")]
    [InlineData("/resources/vanadium")]
    [InlineData("/")]
    [InlineData("/status")]
    [InlineData("/eras")]
    public async Task Every_page_has_a_description_and_an_og_description(string path)
    {
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(path));

        Assert.True(Meta(html, "description").Length > 15, $"{path}: the description is too short");
        Assert.Equal(Meta(html, "description"), Meta(html, "og:description"));
    }

    [Fact]
    public async Task A_claim_page_shares_its_claim_card()
    {
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/claims/beta-reserves"));

        Assert.StartsWith("http://localhost/preview/claims/beta-reserves.png?edition=", Meta(html, "og:image"), StringComparison.Ordinal);
        Assert.StartsWith("Card of a claim rated disputed by Industrial Atlas: \u201cBeta's ore reserves", Meta(html, "og:image:alt"), StringComparison.Ordinal);
        Assert.StartsWith("A claim about Beta, rated disputed by Industrial Atlas: The bureau gives about 10 billion tonnes.", Meta(html, "description"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_claim_has_its_own_oembed_answer_the_claim_card()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/oembed?url=" + Uri.EscapeDataString("http://localhost/claims/beta-reserves") + "&format=json"));
        var root = json.RootElement;
        var html = root.GetProperty("html").GetString()!;

        Assert.Equal(("rich", 360), (root.GetProperty("type").GetString(), root.GetProperty("height").GetInt32()));
        Assert.StartsWith("<iframe src=\"http://localhost/embed/claims/beta-reserves?edition=", html, StringComparison.Ordinal);
        Assert.StartsWith("http://localhost/preview/claims/beta-reserves.png?edition=", root.GetProperty("thumbnail_url").GetString(), StringComparison.Ordinal);

        var src = WebUtility.HtmlDecode(IframeSrc().Match(html).Groups[1].Value);
        var card = await client.GetAsync(new Uri(src).PathAndQuery);
        var page = WebUtility.HtmlDecode(await card.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, card.StatusCode);
        Assert.Contains("frame-ancestors *", string.Join(' ', card.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge badge-disputed\">disputed</span>", page, StringComparison.Ordinal);
        Assert.Contains("Beta's ore reserves are 3.5 billion tonnes.", page, StringComparison.Ordinal);
        Assert.Contains("The bureau gives about 10 billion tonnes.", page, StringComparison.Ordinal);
        Assert.Contains("<cite>City yearbook</cite>", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://elsewhere.example/cities/alpha")]
    [InlineData("http://localhost/cities/nowhere")]
    public async Task OEmbed_answers_404_for_what_is_not_a_view_of_this_atlas(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/oembed?url=" + Uri.EscapeDataString(url))).StatusCode);

    [Fact]
    public async Task The_embed_reports_its_height_and_can_hide_its_controls()
    {
        var bare = await client.GetStringAsync("/embed?year=1970&controls=0");
        var plain = await client.GetStringAsync("/embed?year=1970");

        Assert.Contains("<body class=\"embed embed-bare\">", bare, StringComparison.Ordinal);
        Assert.Contains("<body class=\"embed\">", plain, StringComparison.Ordinal);
        Assert.Contains("/js/embed-frame.js", plain, StringComparison.Ordinal);
        var script = await client.GetAsync("/js/embed.js");
        Assert.Equal("cross-origin", script.Headers.GetValues("Cross-Origin-Resource-Policy").Single());
    }

    [Fact]
    public async Task Claim_review_has_the_recommended_fields_and_a_short_claim_reviewed()
    {
        var html = await client.GetStringAsync("/claims/beta-clock");
        using var json = JsonDocument.Parse(JsonLd().Match(html).Groups[1].Value);
        var review = json.RootElement;

        Assert.True(review.GetProperty("claimReviewed").GetString()!.Length <= 75);
        var claim = review.GetProperty("itemReviewed");
        Assert.Equal("Claim", claim.GetProperty("@type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(claim.GetProperty("author").GetProperty("name").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(claim.GetProperty("appearance").GetProperty("name").GetString()));
        Assert.Equal(("False", "false"), (review.GetProperty("reviewRating").GetProperty("name").GetString(), review.GetProperty("reviewRating").GetProperty("alternateName").GetString()));
    }

    private static string Meta(string html, string name)
    {
        var match = Regex.Match(html, $"<meta (?:name|property)=\"{Regex.Escape(name)}\" content=\"([^\"]*)\">");
        Assert.True(match.Success, $"no meta {name}");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("src=\"([^\"]+)\"")]
    private static partial Regex IframeSrc();

    [GeneratedRegex("<script type=\"application/ld(?:\\+|&#x2B;)json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();
}
