using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace IndustrialAtlas.Web.Tests.Pages;

/// <summary>
/// <c>/share-panel</c>: the Share panel and head metadata of any view, for the map page to show when its view changes
/// in place. It must say what the view's own page says, refuse what is not a view, and be cached like any other read.
/// </summary>
public sealed partial class SharePanelTests(AtlasFixture fixture) : IClassFixture<AtlasFixture>
{
    private readonly HttpClient client = fixture.App.CreateClient();

    private async Task<string> EditionId()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/cities/alpha"));
        return json.RootElement.GetProperty("edition").GetString()!;
    }

    private static string PanelUrl(string view) => "/share-panel?url=" + Uri.EscapeDataString(view);

    [Fact]
    public async Task The_panel_describes_the_view_it_is_asked_for()
    {
        var edition = await EditionId();
        var response = await client.GetAsync(PanelUrl("/?year=1970&resource=vanadium"));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var stable = $"http://localhost/?year=1970&resource=vanadium&edition={edition}";

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<input id=\"share-link\" class=\"share-field\" readonly value=\"{stable}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<iframe src=\"http://localhost/embed?year=1970&amp;resource=vanadium&amp;edition={edition}\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-link=\"{stable}\"", html, StringComparison.Ordinal);
        Assert.Matches($@"<div id=""cite-apa"" class=""citation"" data-style=""apa"" data-text=""Industrial Atlas\. \(\d{{4}}, \w+ \d+\)\. Industrial cities of China in 1970 with vanadium \[Interactive map\]\. {Regex.Escape(stable)}"">", html);
        Assert.Contains("title = {Industrial cities of {China} in 1970 with vanadium}", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/api/atlas.csv?year=1970&resource=vanadium&edition={edition}\" download>", html, StringComparison.Ordinal);
        Assert.Contains("Alt text: Map of 1 industrial city of China in 1970, vanadium: Ferry.", html, StringComparison.Ordinal);
        var head = Template(html);
        Assert.Contains($"<link rel=\"canonical\" href=\"{stable}\">", head, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"citation_title\" content=\"Industrial cities of China in 1970 with vanadium\">", head, StringComparison.Ordinal);
        Assert.Contains($"<meta property=\"og:url\" content=\"{stable}\">", head, StringComparison.Ordinal);
        Assert.Contains($"<meta property=\"og:image\" content=\"http://localhost/preview.png?year=1970&resource=vanadium&edition={edition}\">", head, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/?year=1970&resource=vanadium")]
    [InlineData("/?from=1950&to=1980&era=third-front")]
    [InlineData("/cities/alpha")]
    [InlineData("/claims/beta-clock")]
    [InlineData("/eras/third-front")]
    [InlineData("/resources/vanadium")]
    [InlineData("/cities")]
    [InlineData("/claims?resource=vanadium&support=disputed")]
    [InlineData("/claims?q=clock")]
    public async Task The_panel_and_metadata_are_those_the_view_s_own_page_renders(string view)
    {
        var page = await client.GetStringAsync(view);
        var panel = await client.GetStringAsync(PanelUrl(view));

        Assert.Equal(Normalise(Section(page)), Normalise(Section(panel)));
        var last = page.IndexOf("<meta name=\"twitter:image:alt\"", StringComparison.Ordinal);
        var pageHead = page[page.IndexOf("<link rel=\"canonical\"", StringComparison.Ordinal)..(page.IndexOf('>', last) + 1)];
        Assert.Equal(Normalise(pageHead), Normalise(Template(panel)));
    }

    [Fact]
    public async Task Reference_managers_read_the_atlas_as_the_author_of_a_web_page()
    {
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(PanelUrl("/cities/alpha")));

        // Written inverted with no given name, so Zotero keeps one single-field creator rather than "Atlas, Industrial".
        Assert.Contains("<meta name=\"citation_author\" content=\"Industrial Atlas,\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"DC.creator\" content=\"Industrial Atlas\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:type\" content=\"website\">", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("citation_(journal|conference|book|inbook|dissertation|technical_report)", html);
    }

    [Theory]
    [InlineData("/share-panel", HttpStatusCode.BadRequest, "Give the view as 'url'")]
    [InlineData("/share-panel?url=%20", HttpStatusCode.BadRequest, "Give the view as 'url'")]
    [InlineData("/share-panel?url=year%3D1970", HttpStatusCode.BadRequest, "is not the address of a view")]
    [InlineData("/share-panel?url=https%3A%2F%2Felsewhere.example%2F%3Fyear%3D1970", HttpStatusCode.NotFound, "is not an address on this site")]
    [InlineData("/share-panel?url=%2F%2Felsewhere.example%2F%3Fyear%3D1970", HttpStatusCode.NotFound, "is not an address on this site")]
    [InlineData("/share-panel?url=javascript%3Aalert(1)", HttpStatusCode.NotFound, "is not an address on this site")]
    [InlineData("/share-panel?url=%2Fcities%2Fgamma", HttpStatusCode.NotFound, "is not a view of the atlas")]
    [InlineData("/share-panel?url=%2F%3Fyear%3Dabc", HttpStatusCode.NotFound, "is not a view of the atlas")]
    [InlineData("/share-panel?url=%2Fstatus", HttpStatusCode.NotFound, "is not a view of the atlas")]
    public async Task What_is_not_a_view_of_this_atlas_is_refused_with_a_reason(string path, HttpStatusCode status, string message)
    {
        var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_edition_in_the_view_is_a_not_found()
    {
        var response = await client.GetAsync(PanelUrl("/?year=1970&edition=000000000000"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is no edition", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pinned_view_s_panel_is_cached_for_an_hour_and_revalidated_by_its_etag()
    {
        var edition = await EditionId();
        var path = PanelUrl($"/?year=1970&resource=vanadium&edition={edition}");
        var first = await client.GetAsync(path);

        Assert.Equal("public, max-age=3600", first.Headers.CacheControl?.ToString());
        Assert.NotNull(first.Headers.ETag);
        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
        using var other = new HttpRequestMessage(HttpMethod.Get, PanelUrl($"/?year=1971&resource=vanadium&edition={edition}"));
        other.Headers.IfNoneMatch.Add(first.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(other)).StatusCode);
    }

    private static string Section(string html)
    {
        var match = ShareSection().Match(html);
        Assert.True(match.Success, "no Share panel in the answer");
        return match.Value;
    }

    private static string Template(string html)
    {
        var match = ViewMetaTemplate().Match(html);
        Assert.True(match.Success, "no <template id=\"view-meta\"> in the answer");
        return match.Groups[1].Value;
    }

    /// <summary>Markup as a browser reads it: the indentation between tags does not count.</summary>
    private static string Normalise(string html) => Between().Replace(html.Trim(), "><");

    [GeneratedRegex(@"<section class=""share[^""]*""[\s\S]*?</section>")]
    private static partial Regex ShareSection();

    [GeneratedRegex(@"<template id=""view-meta"">([\s\S]*?)</template>")]
    private static partial Regex ViewMetaTemplate();

    [GeneratedRegex(@">\s+<")]
    private static partial Regex Between();
}
