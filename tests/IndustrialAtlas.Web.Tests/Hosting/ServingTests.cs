using System.Data.Common;
using System.Net;
using System.Text.Json;
using IndustrialAtlas.Web.Ingest;
using IndustrialAtlas.Web.Store;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace IndustrialAtlas.Web.Tests.Hosting;

/// <summary>The serving path: answers kept by edition and address, a new edition served at once.</summary>
public sealed class ServingTests : IDisposable
{
    private readonly AtlasApplication app = new();
    private readonly StoreCommands commands = new();
    private readonly HttpClient client;

    public ServingTests()
    {
        // The edition list is read once here, so every command counted below is the page's own.
        app.Settings["Atlas:EditionRefreshSeconds"] = "3600";
        app.ServiceChanges.Add(services => services.ConfigureDbContext<SqliteAtlasDbContext>(o => o.AddInterceptors(commands)));
        client = app.CreateClient();
    }

    public void Dispose()
    {
        client.Dispose();
        app.Dispose();
    }

    [Theory]
    [InlineData("/cities/alpha")]
    [InlineData("/")]
    [InlineData("/claims?support=disputed")]
    [InlineData("/api/atlas.geojson?year=1970")]
    [InlineData("/cite?url=/cities/beta&style=apa")]
    [InlineData("/share-panel?url=%2F%3Fyear%3D1970%26resource%3Dvanadium")]
    [InlineData("/share-panel?url=%2Fcities%2Fnowhere")]
    [InlineData("/cities/nowhere")]
    [InlineData("/?year=abc")]
    public async Task A_second_identical_request_does_not_reach_the_store(string path)
    {
        var first = await client.GetAsync(path);
        var firstBody = await first.Content.ReadAsStringAsync();
        var before = commands.Count;

        var second = await client.GetAsync(path);

        Assert.True(before > 0, "the first request read the store");
        Assert.Equal(before, commands.Count);
        Assert.Equal(first.StatusCode, second.StatusCode);
        Assert.Equal(firstBody, await second.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("br", null)]
    [InlineData(null, "br")]
    [InlineData("gzip", "br")]
    public async Task A_kept_answer_is_compressed_for_each_client_as_it_asks_and_keeps_the_tag_it_was_made_with(string? firstAsks, string? secondAsks)
    {
        const string Path = "/api/cities?year=1965";
        using var first = await GetAsync(Path, firstAsks);
        var before = commands.Count;
        using var second = await GetAsync(Path, secondAsks);

        Assert.Equal(before, commands.Count);
        Assert.Equal(firstAsks, first.Content.Headers.ContentEncoding.SingleOrDefault());
        Assert.Equal(secondAsks, second.Content.Headers.ContentEncoding.SingleOrDefault());
        Assert.Equal(await Decoded(first), await Decoded(second));
        Assert.NotNull(first.Headers.ETag);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(["Accept-Encoding"], second.Headers.Vary);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (encoding is not null)
        {
            request.Headers.AcceptEncoding.ParseAdd(encoding);
        }

        return await client.SendAsync(request);
    }

    private static async Task<string> Decoded(HttpResponseMessage response)
    {
        await using var body = await response.Content.ReadAsStreamAsync();
        await using Stream plain = response.Content.Headers.ContentEncoding.SingleOrDefault() switch
        {
            "br" => new System.IO.Compression.BrotliStream(body, System.IO.Compression.CompressionMode.Decompress),
            "gzip" => new System.IO.Compression.GZipStream(body, System.IO.Compression.CompressionMode.Decompress),
            _ => body,
        };
        using var reader = new StreamReader(plain);
        var text = await reader.ReadToEndAsync();
        Assert.StartsWith("[{\"slug\":", text, StringComparison.Ordinal);
        return text;
    }

    [Fact]
    public async Task A_new_edition_is_served_right_after_ingest_and_a_pinned_one_never_changes()
    {
        var page = await client.GetStringAsync("/cities/alpha");
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/cities/alpha"));
        var old = json.RootElement.GetProperty("edition").GetString();
        var pinnedApi = await client.GetStringAsync($"/api/cities/alpha?edition={old}");
        Assert.Contains("7.5 billion tonnes", WebUtility.HtmlDecode(page), StringComparison.Ordinal);

        app.WriteCity("alpha", app.ReadCity("alpha").Replace("7.5", "8.1", StringComparison.Ordinal));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<AtlasImporter>().IngestAsync(app.ContentPath)).Published);
        }

        var current = WebUtility.HtmlDecode(await client.GetStringAsync("/cities/alpha"));
        Assert.Contains("8.1 billion tonnes", current, StringComparison.Ordinal);
        Assert.DoesNotContain("7.5 billion tonnes", current, StringComparison.Ordinal);
        Assert.Equal(pinnedApi, await client.GetStringAsync($"/api/cities/alpha?edition={old}"));
        var pinnedPage = WebUtility.HtmlDecode(await client.GetStringAsync($"/cities/alpha?edition={old}"));
        Assert.Contains("7.5 billion tonnes", pinnedPage, StringComparison.Ordinal);
        Assert.Contains("A newer edition exists", pinnedPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Addresses_differing_in_case_or_host_are_kept_apart()
    {
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/cities/alpha")).StatusCode);
        // Not the kept page under another key: the address in capitals is sent to its lowercase form.
        using var exact = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var capitals = await exact.GetAsync("/cities/ALPHA");
        Assert.Equal((HttpStatusCode.MovedPermanently, "/cities/alpha"), (capitals.StatusCode, capitals.Headers.Location?.OriginalString));

        using var elsewhere = new HttpRequestMessage(HttpMethod.Get, "/cities/beta");
        elsewhere.Headers.Host = "elsewhere.example";
        Assert.Contains("elsewhere.example", await (await client.SendAsync(elsewhere)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("elsewhere.example", await client.GetStringAsync("/cities/beta"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pasted_page_of_chinese_costs_the_store_what_a_sentence_does()
    {
        var runs = string.Join(' ', Enumerable.Range(0, 255).Select(i => new string([(char)(0x4E00 + (2 * i)), (char)(0x4E01 + (2 * i))])));
        var before = commands.Count;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/claims?q=" + Uri.EscapeDataString("甲城 铁矿"))).StatusCode);
        var sentence = commands.Count - before;

        before = commands.Count;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/claims?q=" + Uri.EscapeDataString(runs))).StatusCode);
        var page = commands.Count - before;

        Assert.True(page <= sentence + 2, $"255 runs of Chinese cost {page} commands; a sentence with two costs {sentence}");
    }

    /// <summary>Counts the commands the app sends to the store.</summary>
    private sealed class StoreCommands : DbCommandInterceptor
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref count);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Interlocked.Increment(ref count);
            return base.ReaderExecuting(command, eventData, result);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref count);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
