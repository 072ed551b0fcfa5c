using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace IndustrialAtlas.Web.Tests.Pages;

/// <summary><c>/claims</c>, <c>/claims/{id}</c> and <c>/api/claims</c> on the fixture content.</summary>
public sealed partial class ClaimsPagesTests(AtlasFixture fixture) : IClassFixture<AtlasFixture>
{
    private readonly HttpClient client = fixture.App.CreateClient();

    private async Task<string> Html(string path) => WebUtility.HtmlDecode(await client.GetStringAsync(path));

    private static string[] Listed(string html) => [.. ClaimItem().Matches(html).Select(m => m.Groups[1].Value)];

    [Theory]
    [InlineData("/claims", new[] { "alpha-iron", "alpha-rumour", "beta-reserves", "beta-clock" })]
    [InlineData("/claims?support=disputed", new[] { "beta-reserves" })]
    [InlineData("/claims?city=alpha", new[] { "alpha-iron", "alpha-rumour" })]
    [InlineData("/claims?resource=vanadium", new[] { "beta-reserves" })]
    [InlineData("/claims?era=third-front", new[] { "beta-clock" })]
    [InlineData("/claims?city=beta&support=false", new[] { "beta-clock" })]
    [InlineData("/claims?city=alpha&resource=iron-ore&support=supported", new[] { "alpha-iron" })]
    [InlineData("/claims?city=alpha&support=false", new string[0])]
    public async Task Filters_combine(string path, string[] expected)
    {
        var html = await Html(path);

        Assert.Equal(expected, Listed(html));
        if (expected.Length == 0)
        {
            Assert.Contains("No claim matches these filters.", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Counts_each_support_value_under_the_other_filters()
    {
        var html = await Html("/claims?city=beta&support=false");

        Assert.Contains("data-support-count=\"disputed\">1<", html, StringComparison.Ordinal);
        Assert.Contains("data-support-count=\"false\">1<", html, StringComparison.Ordinal);
        Assert.Contains("data-support-count=\"supported\">0<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_legend_explains_the_four_values()
    {
        var html = await Html("/claims");

        foreach (var word in new[] { "supported", "disputed", "unsupported", "false" })
        {
            Assert.Contains($"<dt><span class=\"badge badge-{word}\">{word}</span></dt>", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/claims?support=maybe", "'support' must be one of supported, disputed, unsupported, false")]
    [InlineData("/claims?city=gamma", "There is no city “gamma”")]
    [InlineData("/claims?era=stone-age&resource=tin", "There is no resource “tin”. There is no era “stone-age”")]
    public async Task Bad_filters_are_400s_that_say_why(string path, string message)
    {
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/claims?q=A secret tunnel is said to join the two plants", "alpha-rumour")]
    [InlineData("/claims?q=ore reserves of 3.5 billion tonnes", "beta-reserves")]
    [InlineData("/claims?q=乙城", "beta-reserves")]
    public async Task The_finder_ranks_the_closest_claim_first(string path, string expected)
    {
        var listed = Listed(await Html(path));

        Assert.Equal(expected, listed.FirstOrDefault());
    }

    [Fact]
    public async Task A_claim_page_has_its_note_sources_city_and_related_claims()
    {
        var html = await Html("/claims/beta-clock");

        Assert.Contains("<span class=\"badge badge-false\">false</span> A clock monument marks the first iron.", html, StringComparison.Ordinal);
        Assert.Contains("No such monument exists.", html, StringComparison.Ordinal);
        Assert.Contains("<cite>City yearbook</cite>. City statistics bureau.", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/cities/beta#claim-beta-clock\">Beta</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/eras/third-front\">Third Front construction</a>", html, StringComparison.Ordinal);
        Assert.Equal(["beta-reserves"], Listed(html));
    }

    [Theory]
    [InlineData("/claims/beta-clok", "/claims/beta-clock")]
    [InlineData("/eras/third-frnt", "/eras/third-front")]
    [InlineData("/resources/vanadim", "/resources/vanadium")]
    [InlineData("/cities/bta", "/cities/beta")]
    public async Task Unknown_names_are_404s_that_suggest_the_closest(string path, string suggestion)
    {
        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains($"href=\"{suggestion}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_lists_claims_in_the_documented_shape()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/claims?city=beta"));
        var claims = json.RootElement.EnumerateArray().ToList();

        Assert.Equal(["beta-reserves", "beta-clock"], claims.Select(c => c.GetProperty("id").GetString()));
        Assert.All(claims, c => Assert.Equal(["id", "city", "text", "support", "note", "sources"], c.EnumerateObject().Select(p => p.Name)));
        var source = claims[0].GetProperty("sources")[0];
        Assert.Equal(["title", "publisher", "url"], source.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("beta", "disputed", "City yearbook", "City statistics bureau"),
            (claims[0].GetProperty("city").GetString(), claims[0].GetProperty("support").GetString(), source.GetProperty("title").GetString(), source.GetProperty("publisher").GetString()));
    }

    [Theory]
    [InlineData("/api/claims?support=false", new[] { "beta-clock" })]
    [InlineData("/api/claims?era=third-front&city=alpha", new string[0])]
    public async Task The_api_takes_the_same_filters(string path, string[] expected)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(path));

        Assert.Equal(expected, json.RootElement.EnumerateArray().Select(c => c.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task The_api_refuses_a_bad_filter_with_a_problem()
    {
        var response = await client.GetAsync("/api/claims?support=true");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [GeneratedRegex("<li class=\"claim\" id=\"claim-([a-z0-9-]+)\"")]
    private static partial Regex ClaimItem();
}
