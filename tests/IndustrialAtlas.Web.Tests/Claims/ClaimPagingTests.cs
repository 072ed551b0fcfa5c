using System.Net;
using System.Text.RegularExpressions;
using IndustrialAtlas.Web.Claims;

namespace IndustrialAtlas.Web.Tests.Claims;

/// <summary><c>/claims</c> a page at a time, on the real profiles (several hundred claims).</summary>
public sealed partial class ClaimPagingTests(RealContentFixture fixture) : IClassFixture<RealContentFixture>
{
    private readonly HttpClient client = fixture.App.CreateClient();

    [Fact]
    public async Task Every_claim_is_on_exactly_one_page_each_page_is_small_and_links_to_every_other()
    {
        var first = await client.GetStringAsync("/claims");
        var total = int.Parse(Total().Match(first).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var count = (total + ClaimPages.Size - 1) / ClaimPages.Size;
        Assert.True(count >= 2, $"{total} claims fill {count} page(s): too few to page");

        var seen = new List<string>();
        for (var page = 1; page <= count; page++)
        {
            var response = await client.GetAsync(page == 1 ? "/claims" : $"/claims?page={page}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.True(bytes.Length <= 150 * 1024, $"page {page} is {bytes.Length / 1024} KB");
            var html = System.Text.Encoding.UTF8.GetString(bytes);
            var ids = ClaimItem().Matches(html).Select(m => m.Groups[1].Value).ToList();
            Assert.Equal(page < count ? ClaimPages.Size : total - ((count - 1) * ClaimPages.Size), ids.Count);
            seen.AddRange(ids);

            // Every page is linked from every page; the current one is marked; previous and next where they exist.
            for (var other = 1; other <= count; other++)
            {
                Assert.Contains($"href=\"{(other == 1 ? "/claims" : $"/claims?page={other}")}\"", html, StringComparison.Ordinal);
            }

            Assert.Contains($"aria-current=\"page\" aria-label=\"Page {page}\"", html, StringComparison.Ordinal);
            Assert.Equal(page > 1, html.Contains("rel=\"prev\"", StringComparison.Ordinal));
            Assert.Equal(page < count, html.Contains("rel=\"next\"", StringComparison.Ordinal));
        }

        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());
    }

    [Fact]
    public async Task The_filters_and_the_finder_are_kept_from_page_to_page()
    {
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/claims?support=unsupported"));
        Assert.Contains("href=\"/claims?support=unsupported&page=2\"", html, StringComparison.Ordinal);

        var second = WebUtility.HtmlDecode(await client.GetStringAsync("/claims?support=unsupported&page=2"));
        Assert.Contains("page 2 of", second, StringComparison.Ordinal);
        var badges = Badge().Matches(second).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(badges);
        Assert.All(badges, b => Assert.Equal("unsupported", b));
        Assert.Contains("href=\"/claims?support=unsupported\" rel=\"prev\"", second, StringComparison.Ordinal);

        // The finder ranks only the closest claims (one page), but its sentence travels with the page like any filter.
        Assert.Equal("/claims?support=unsupported&q=steel%20output&page=2",
            ClaimPages.Href(new ClaimFilter(null, IndustrialAtlas.Content.Support.Unsupported, null, null, "steel output"), 2));
    }

    [Fact]
    public async Task The_page_is_in_the_citation_and_the_title_says_what_the_page_lists()
    {
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/claims?city=panzhihua&support=supported&page=1"));
        Assert.Contains("Claims about Panzhihua, rated supported", html, StringComparison.Ordinal);

        var second = WebUtility.HtmlDecode(await client.GetStringAsync("/claims?page=2"));
        var canonical = Canonical().Match(second);
        Assert.True(canonical.Success, "no canonical link");
        Assert.Matches(@"/claims\?page=2&edition=[0-9a-f]{12}$", canonical.Groups[1].Value);
        Assert.Matches(@"\(page 2 of \d+\)", second);
    }

    [Theory]
    [InlineData("/claims?page=0", HttpStatusCode.BadRequest, "'page' must be a whole number from 1")]
    [InlineData("/claims?page=two", HttpStatusCode.BadRequest, "'page' must be a whole number from 1; “two” is not")]
    [InlineData("/claims?page=1&page=2", HttpStatusCode.BadRequest, "'page' is given 2 times")]
    [InlineData("/claims?page=999", HttpStatusCode.NotFound, "There is no page 999 of these claims")]
    [InlineData("/claims?city=panzhihua&page=9", HttpStatusCode.NotFound, "There is no page 9 of these claims")]
    public async Task A_page_that_is_not_there_is_a_clear_error(string path, HttpStatusCode status, string message)
    {
        var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [GeneratedRegex("<h2 id=\"results\">(\\d+) claims")]
    private static partial Regex Total();

    [GeneratedRegex("<li class=\"claim\" id=\"claim-([a-z0-9-]+)\"")]
    private static partial Regex ClaimItem();

    [GeneratedRegex("<li class=\"claim\" id=\"claim-[a-z0-9-]+\">\\s*<span class=\"badge badge-([a-z]+)\">")]
    private static partial Regex Badge();

    [GeneratedRegex("<link rel=\"canonical\" href=\"([^\"]+)\"")]
    private static partial Regex Canonical();
}
