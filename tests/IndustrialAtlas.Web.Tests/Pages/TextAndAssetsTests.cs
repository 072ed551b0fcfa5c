using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace IndustrialAtlas.Web.Tests.Pages;

/// <summary>Chinese written as text, what is unsafe still escaped; compressed and cached downloads.</summary>
public sealed partial class TextAndAssetsTests : IDisposable
{
    private const string Hostile = "</script><img src=x onerror=alert(1)> & \\\"q\\\"";
    private readonly AtlasApplication app = new();
    private readonly HttpClient client;

    public TextAndAssetsTests()
    {
        // A summary that tries to close the JSON-LD block and open an element.
        app.WriteCity("beta", app.ReadCity("beta").Replace("summary: A fixture Third Front city in the southwest.", $"summary: \"Tough {Hostile} city.\"", StringComparison.Ordinal));
        client = app.CreateClient();
    }

    public void Dispose()
    {
        client.Dispose();
        app.Dispose();
    }

    [Theory]
    [InlineData("/cities/beta")]
    [InlineData("/")]
    [InlineData("/cities")]
    public async Task Pages_write_chinese_and_pinyin_as_characters_and_escape_markup(string path)
    {
        var html = await client.GetStringAsync(path);

        Assert.Contains("乙城", html, StringComparison.Ordinal);
        Assert.Empty(NonAsciiEntities(html));
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_city_page_escapes_a_hostile_summary_in_html_and_in_its_json_ld()
    {
        var html = await client.GetStringAsync("/cities/beta");

        Assert.Contains("Yǐchéng", html, StringComparison.Ordinal);
        Assert.Contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;", html, StringComparison.Ordinal);
        var jsonLd = JsonLd().Match(html);
        Assert.True(jsonLd.Success, "the page has a JSON-LD block");
        Assert.Contains("\\u003C/script\\u003E\\u003Cimg src=x onerror=alert(1)\\u003E \\u0026 \\u0022q\\u0022", jsonLd.Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("乙城", jsonLd.Groups[1].Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/cities")]
    [InlineData("/api/cities/beta")]
    [InlineData("/api/atlas.geojson?year=1970")]
    [InlineData("/api/claims.csv")]
    public async Task Json_and_csv_write_chinese_as_characters(string path)
    {
        var text = await client.GetStringAsync(path);

        Assert.Contains(path.EndsWith(".csv", StringComparison.Ordinal) ? "Beta" : "乙城", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(UnicodeEscape(), text);
        Assert.DoesNotContain("<img", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/cities/alpha", "text/html")]
    [InlineData("/api/atlas.geojson", "application/geo+json")]
    [InlineData("/api/atlas/data.json", "application/json")]
    [InlineData("/css/site.css", "text/css")]
    [InlineData("/js/atlas/main.js", "text/javascript")]
    [InlineData("/lib/leaflet/leaflet.js", "text/javascript")]
    public async Task Text_is_sent_compressed_to_a_browser_that_accepts_it(string path, string type)
    {
        foreach (var encoding in new[] { "br", "gzip" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
            using var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
            Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        }
    }

    [Fact]
    public async Task Versioned_assets_are_cached_for_a_year_and_others_revalidated()
    {
        var html = await client.GetStringAsync("/");
        var versioned = VersionedStylesheet().Match(html);
        Assert.True(versioned.Success, "the page links its stylesheet with ?v=");

        using var immutable = await client.GetAsync(WebUtility.HtmlDecode(versioned.Groups[1].Value));
        using var plain = await client.GetAsync("/css/site.css");

        Assert.Equal("public, max-age=31536000, immutable", immutable.Headers.CacheControl?.ToString());
        Assert.Equal("public, no-cache", plain.Headers.CacheControl?.ToString());
        Assert.NotNull(plain.Headers.ETag);
    }

    /// <summary>Characters beyond ASCII written as numeric entities (&amp;#x6500; for 攀); ASCII ones such as &amp;#x2B; may stay.</summary>
    private static List<string> NonAsciiEntities(string html) =>
        [.. NumericEntity().Matches(html).Select(m => m.Value)
            .Where(e => (e[2] == 'x' ? int.Parse(e[3..^1], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture) : int.Parse(e[2..^1], System.Globalization.CultureInfo.InvariantCulture)) > 0x7F)];

    [GeneratedRegex(@"&#(x[0-9A-Fa-f]+|[0-9]+);")]
    private static partial Regex NumericEntity();

    // Escapes of anything but the characters that must stay escaped inside HTML (< > & " ' + `).
    [GeneratedRegex(@"\\u(?!003C|003E|0026|0022|0027|002B|0060)[0-9A-Fa-f]{4}")]
    private static partial Regex UnicodeEscape();

    [GeneratedRegex("<script type=\"application/ld(?:\\+|&#x2B;)json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();

    [GeneratedRegex("href=\"(/css/site\\.css\\?v=[^\"]+)\"")]
    private static partial Regex VersionedStylesheet();

    /// <summary>The front end stays a size a newcomer can read: each of our scripts does one thing, in 200 lines at most.</summary>
    [Fact]
    public void No_script_of_ours_is_over_200_lines()
    {
        var scripts = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "wwwroot", "js"), "*.js", SearchOption.AllDirectories);
        Assert.True(scripts.Length >= 10, $"only {scripts.Length} scripts found under wwwroot/js");
        var tooLong = scripts.Select(f => (File: Path.GetRelativePath(RepositoryRoot.Path, f), Lines: File.ReadAllLines(f).Length)).Where(s => s.Lines > 200).ToList();
        Assert.True(tooLong.Count == 0, "scripts over 200 lines: " + string.Join(", ", tooLong.Select(s => $"{s.File} ({s.Lines})")));
    }
}
