using System.Data.Common;
using System.Net;
using IndustrialAtlas.Web.Ingest;
using IndustrialAtlas.Web.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace IndustrialAtlas.Web.Tests.Hosting;

/// <summary>A store that is read-only, damaged, unreachable or full is a clear 503 and a log line, never a crash or a 500.</summary>
public sealed class StoreFaultTests : StoredEditionScenario
{
    [Fact]
    public async Task A_read_only_store_starts_serves_and_says_why_ingest_cannot_publish()
    {
        var (file, content) = StoredEdition();
        using var app = On($"Data Source={file};Mode=ReadOnly;Pooling=False", content);
        app.WriteCity("alpha", app.ReadCity("alpha").Replace("figure: 7.5", "figure: 8.1", StringComparison.Ordinal));
        using var client = await app.StartedClientAsync();

        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/cities/alpha"));

        Assert.Contains("7.5 billion tonnes", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Contains(app.Logs.Events, e => e.RenderMessage(null).Contains("could not publish", StringComparison.Ordinal) && e.RenderMessage(null).Contains("read-only", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_damaged_store_is_a_503_that_says_so_and_readiness_fails()
    {
        var (file, content) = StoredEdition();
        using (var stream = File.OpenWrite(file))
        {
            stream.Write(new byte[4096]);
        }

        using var app = On($"Data Source={file};Pooling=False", content);
        using var client = app.CreateClient();

        foreach (var path in new[] { "/", "/cities/alpha", "/api/cities", "/status", "/cite?url=/cities/alpha" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Contains("damaged or is not an atlas database", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Single(app.Logs.Events, e => e.Level == Serilog.Events.LogEventLevel.Fatal);
    }

    [Fact]
    public async Task An_impossible_store_path_is_a_503_with_what_to_do()
    {
        using var app = On("Data Source=/proc/atlas-nowhere/atlas.db;Pooling=False", Path.Combine(AppContext.BaseDirectory, "Fixtures", "content"));
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/cities/alpha");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("ConnectionStrings:Atlas", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task An_ingest_the_store_refuses_half_way_is_recorded_and_the_old_edition_keeps_serving()
    {
        var full = new FullDisk();
        First.ServiceChanges.Add(services => services.ConfigureDbContext<SqliteAtlasDbContext>(o => o.AddInterceptors(full)));
        using var client = First.CreateClient();
        // The new edition needs room the full store does not have: a long body does not fit in the pages it holds.
        First.WriteCity("alpha", First.ReadCity("alpha").Replace("figure: 7.5", "figure: 8.1", StringComparison.Ordinal)
            + "\n\n" + string.Concat(Enumerable.Repeat("The works grew along the river for decades. ", 2_000)) + "\n");

        full.Armed = true;
        IngestOutcome outcome;
        await using (var scope = First.Services.CreateAsyncScope())
        {
            outcome = await scope.ServiceProvider.GetRequiredService<AtlasImporter>().IngestAsync(First.ContentPath);
        }

        full.Armed = false;
        Assert.False(outcome.Succeeded);
        Assert.Contains("the disk holding the store is full", outcome.StoreFailure, StringComparison.Ordinal);
        Assert.Contains("7.5 billion tonnes", WebUtility.HtmlDecode(await client.GetStringAsync("/cities/alpha")), StringComparison.Ordinal);
        Assert.Contains("the disk holding the store is full", WebUtility.HtmlDecode(await client.GetStringAsync("/status")), StringComparison.Ordinal);
    }

    /// <summary>
    /// A store that cannot grow, as on a full disk: armed, each connection the app opens may not add a page to the
    /// file (SQLite's max_page_count), so a write that needs room fails with SQLite's own "database or disk is full".
    /// </summary>
    private sealed class FullDisk : DbConnectionInterceptor
    {
        public volatile bool Armed;

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Hold(connection);
            return Task.CompletedTask;
        }

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Hold(connection);

        private void Hold(DbConnection connection)
        {
            if (!Armed)
            {
                return;
            }

            using var command = connection.CreateCommand();
            // The file is first packed (no free page left to reuse), then held at its size: asked for fewer pages than
            // it holds, SQLite keeps it at its present size.
            command.CommandText = "VACUUM; PRAGMA max_page_count = 1;";
            command.ExecuteNonQuery();
        }
    }

    [SkippableFact]
    public async Task A_store_in_a_folder_that_cannot_be_written_is_served_read_only_and_says_so()
    {
        var (file, content) = StoredEdition();
        var folder = Path.GetDirectoryName(file)!;
        using var locked = UnwritableFolder.Make(folder);
        Skip.If(locked.Why is not null, locked.Why);
        {
            using var app = On($"Data Source={file};Pooling=False", content);
            app.WriteCity("alpha", app.ReadCity("alpha").Replace("figure: 7.5", "figure: 8.1", StringComparison.Ordinal));
            using var client = await app.StartedClientAsync();

            // SQLite in WAL mode cannot even read without creating -wal and -shm beside the file: read-only and
            // immutable, it serves every page from the file as it is.
            foreach (var path in new[] { "/", "/cities/alpha", "/claims", "/api/cities", "/health/ready" })
            {
                using var response = await client.GetAsync(path);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
            }

            Assert.Contains("7.5 billion tonnes", WebUtility.HtmlDecode(await client.GetStringAsync("/cities/alpha")), StringComparison.Ordinal);
            var status = WebUtility.HtmlDecode(await client.GetStringAsync("/status"));
            Assert.Contains($"<strong>The store is read-only:</strong> the folder {folder} cannot be written", status, StringComparison.Ordinal);
            Assert.Contains("No ingest at start", status, StringComparison.Ordinal);
            Assert.Equal([Path.GetFileName(file)], Directory.GetFiles(folder).Select(Path.GetFileName));
        }
    }

    [Fact]
    public async Task Readiness_fails_when_the_middle_of_the_store_is_damaged()
    {
        var (file, content) = StoredEdition();
        using (var stream = File.OpenWrite(file))
        {
            // 64 KB of noise from the middle of the file, on a page boundary: the schema and the first pages still read.
            stream.Position = stream.Length / 2 / 4096 * 4096;
            stream.Write(RandomBytes(65536, seed: 7));
        }

        using var app = On($"Data Source={file};Pooling=False", content);
        app.Settings["Atlas:IngestOnStart"] = "false";
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Readiness_fails_when_the_store_is_damaged_while_serving()
    {
        var (file, content) = StoredEdition();
        using var app = On($"Data Source={file};Pooling=False", content);
        app.Settings["Atlas:IngestOnStart"] = "false";
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        using (var stream = new FileStream(file, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
        {
            stream.Position = stream.Length / 2 / 4096 * 4096;
            stream.Write(RandomBytes(65536, seed: 11));
        }

        // The probe's answer is kept a few seconds: readiness fails once it is asked again (a ceiling, not a wait).
        var status = HttpStatusCode.OK;
        for (var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60); status == HttpStatusCode.OK && DateTime.UtcNow < deadline;)
        {
            await Task.Delay(200);
            status = (await client.GetAsync("/health/ready")).StatusCode;
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
    }

    [Fact]
    public void A_lock_is_not_called_damage_and_damage_is_not_called_a_lock()
    {
        var locked = IndustrialAtlas.Web.Store.StoreFaults.Describe(new SqliteException("database is locked", 5));
        var damaged = IndustrialAtlas.Web.Store.StoreFaults.Describe(new SqliteException("database disk image is malformed", 11));

        Assert.Contains("locked by another process", locked, StringComparison.Ordinal);
        Assert.Contains("Nothing is damaged", locked, StringComparison.Ordinal);
        Assert.DoesNotContain("rebuild", locked, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("damaged", damaged, StringComparison.Ordinal);
        Assert.Contains("rebuild it from content/", damaged, StringComparison.Ordinal);
        Assert.True(IndustrialAtlas.Web.Store.StoreFaults.IsLock(new SqliteException("database is locked", 5)));
        Assert.False(IndustrialAtlas.Web.Store.StoreFaults.IsLock(new SqliteException("database disk image is malformed", 11)));
    }

    private static byte[] RandomBytes(int count, int seed)
    {
        var bytes = new byte[count];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
