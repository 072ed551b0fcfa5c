using IndustrialAtlas.Web.Hosting;
using Serilog.Events;

namespace IndustrialAtlas.Web.Tests.Hosting;

public sealed class HostingTests : IDisposable
{
    private readonly AtlasApplication app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Each_request_is_logged_once_with_path_status_and_duration()
    {
        using var client = app.CreateClient();
        await client.GetAsync("/cities");
        await client.GetAsync("/missing-page");

        var requests = app.Logs.Events.Where(e => e.Properties.ContainsKey("RequestPath")).ToList();

        Assert.Equal(["/cities 200", "/missing-page 404"], requests.Select(e => $"{Scalar(e, "RequestPath")} {Scalar(e, "StatusCode")}"));
        Assert.All(requests, e => Assert.IsType<double>(Scalar(e, "Elapsed")));
    }

    [Fact]
    public async Task A_chinese_page_served_again_from_the_cache_is_still_chinese_and_logged_under_its_own_address()
    {
        using var client = app.CreateClient();
        var made = await client.GetStringAsync("/zh/cities/alpha");
        var kept = await client.GetStringAsync("/zh/cities/alpha");
        var english = await client.GetStringAsync("/cities/alpha");

        Assert.Contains("<html lang=\"zh-Hans\"", made, StringComparison.Ordinal);
        // The interface strings were read in the Chinese culture, which the cache's answer no longer needs.
        Assert.Contains(">说法</a>", made, StringComparison.Ordinal);
        Assert.DoesNotContain(">Claims</a>", made, StringComparison.Ordinal);
        Assert.Equal(made, kept);
        Assert.Contains("<html lang=\"en\"", english, StringComparison.Ordinal);
        var requests = app.Logs.Events.Where(e => e.Properties.ContainsKey("RequestPath")).Select(e => $"{Scalar(e, "RequestPath")} {Scalar(e, "StatusCode")}");
        Assert.Equal(["/zh/cities/alpha 200", "/zh/cities/alpha 200", "/cities/alpha 200"], requests);
    }

    [Fact]
    public async Task A_configured_tile_server_is_drawn_and_allowed_by_the_content_policy()
    {
        app.Settings["Atlas:TileUrl"] = "https://{s}.tiles.example.org/{z}/{x}/{y}.png";
        using var client = app.CreateClient();

        var response = await client.GetAsync("/?year=1970");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("img-src 'self' data: https://*.tiles.example.org;", string.Join(' ', response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Contains("data-tile-url=\"https://{s}.tiles.example.org/{z}/{x}/{y}.png\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_tile_server_images_come_only_from_the_atlas()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync("/?year=1970");

        Assert.Contains("img-src 'self' data:;", string.Join(' ', response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    private static object? Scalar(LogEvent e, string name) => ((ScalarValue)e.Properties[name]).Value;

    [Fact]
    public async Task The_ingest_check_command_exits_zero_on_valid_content_and_stores_nothing()
    {
        using var output = new StringWriter();

        var code = await IngestCommand.RunAsync(app.Services, ["ingest", "--check"], output);

        Assert.Equal(0, code);
        Assert.Contains("valid (edition ", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("not stored", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ingest_command_exits_non_zero_and_prints_each_problem()
    {
        app.WriteCity("beta", app.ReadCity("beta").Replace("era: third-front }", "era: fourth-front }", StringComparison.Ordinal));
        using var output = new StringWriter();

        var code = await IngestCommand.RunAsync(app.Services, ["ingest"], output);

        Assert.Equal(1, code);
        Assert.StartsWith("cities/beta.md:14: phase 1: unknown era 'fourth-front' (not in eras.yml)", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("nothing stored", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ingest_command_rejects_unknown_options()
    {
        using var output = new StringWriter();

        Assert.Equal(2, await IngestCommand.RunAsync(app.Services, ["ingest", "--force"], output));
        Assert.Contains("usage: ingest [--check]", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ingest_command_says_when_content_returns_to_a_stored_edition()
    {
        app.CreateClient().Dispose();
        var original = app.ReadCity("alpha");
        app.WriteCity("alpha", original.Replace("figure: 7.5", "figure: 8.1", StringComparison.Ordinal));
        using var changed = new StringWriter();
        Assert.Equal(0, await IngestCommand.RunAsync(app.Services, ["ingest"], changed));
        app.WriteCity("alpha", original);
        using var back = new StringWriter();
        Assert.Equal(0, await IngestCommand.RunAsync(app.Services, ["ingest"], back));
        using var again = new StringWriter();
        Assert.Equal(0, await IngestCommand.RunAsync(app.Services, ["ingest"], again));

        Assert.Contains(", published)", changed.ToString(), StringComparison.Ordinal);
        Assert.Contains(", stored before, current again)", back.ToString(), StringComparison.Ordinal);
        Assert.Contains(", unchanged)", again.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_status_page_says_there_is_no_edition_when_the_first_ingest_fails()
    {
        app.WriteCity("gamma", "no front matter");
        using var client = app.CreateClient();

        var status = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/status"));

        Assert.Contains("nothing was stored and there is no edition to serve yet", status, StringComparison.Ordinal);
        Assert.DoesNotContain("keeps serving", status, StringComparison.Ordinal);
    }
}
