using IndustrialAtlas.Web.Ingest;
using IndustrialAtlas.Web.Settings;
using IndustrialAtlas.Web.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Events;

namespace IndustrialAtlas.Web.Hosting;

public static class AtlasHostingExtensions
{
    /// <summary>Serilog for every log, configured from the <c>Serilog</c> section.</summary>
    public static WebApplicationBuilder AddAtlasLogging(this WebApplicationBuilder builder)
    {
        // The logger lives in the container, not in Serilog's static Log, so several hosts in one process
        // (the test suite) each keep their own.
        builder.Services.AddSerilog(preserveStaticLogger: true, configureLogger: (services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            // The host's own "request starting/finished" lines are off (the request log above is the one line a request);
            // left on at any level, the host also makes an Activity for every request, a tenth of a kept answer's time.
            .MinimumLevel.Override("Microsoft.AspNetCore.Hosting.Diagnostics", LogEventLevel.Fatal + 1)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            // The console is written in batches from a background queue: a request never waits for the terminal, and the
            // writer wakes a few times a second rather than for every request (BatchedConsoleSink says why).
            .WriteTo.Sink(new BatchedConsoleSink(), new Serilog.Configuration.BatchingOptions { BatchSizeLimit = 1000, BufferingTimeLimit = TimeSpan.FromMilliseconds(200), QueueLimit = 100_000 }));
        return builder;
    }

    /// <summary>Points the web root at the top-level <c>wwwroot/</c> and binds the <c>Atlas</c> settings.</summary>
    public static WebApplicationBuilder AddAtlasContent(this WebApplicationBuilder builder)
    {
        var root = AtlasRoot.Find();
        var webRoot = Path.Combine(root, "wwwroot");
        if (Directory.Exists(webRoot))
        {
            builder.Environment.WebRootPath = webRoot;
            builder.Environment.WebRootFileProvider = new PhysicalFileProvider(webRoot);
        }

        builder.Services.AddOptions<AtlasOptions>()
            .Bind(builder.Configuration.GetSection(AtlasOptions.Section))
            .PostConfigure(o => o.ContentPath = AtlasRoot.Resolve(root, o.ContentPath))
            .Validate(o => o.PublicBaseUrl is null || (Uri.TryCreate(o.PublicBaseUrl.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https"),
                "Atlas:PublicBaseUrl must be an absolute http or https address, such as https://atlas.example.org")
            .ValidateOnStart();
        return builder;
    }

    /// <summary>
    /// The EF Core store: SQLite by default (<c>ConnectionStrings:Atlas</c>, a relative file placed under the atlas
    /// root, so the embedded default lands in the git-ignored <c>data/</c> folder), or PostgreSQL when
    /// <c>Atlas:Store</c> is <c>postgres</c>, for several web instances sharing one store.
    /// </summary>
    public static WebApplicationBuilder AddAtlasStore(this WebApplicationBuilder builder)
    {
        var store = builder.Configuration["Atlas:Store"] ?? "sqlite";
        var connection = builder.Configuration.GetConnectionString("Atlas");
        switch (store)
        {
            case "sqlite":
                var sqlite = SqliteConnection(connection);
                var mode = StoreMode.Of(sqlite);
                builder.Services.AddSingleton(mode);
                builder.Services.AddDbContext<AtlasDbContext, SqliteAtlasDbContext>(o => o.UseSqlite(mode.Apply(sqlite)));
                break;
            case "postgres":
                if (string.IsNullOrWhiteSpace(connection))
                {
                    throw new InvalidOperationException("Atlas:Store is postgres but ConnectionStrings:Atlas is empty; give a PostgreSQL connection string.");
                }

                builder.Services.AddSingleton(StoreMode.Writable);
                builder.Services.AddDbContext<AtlasDbContext, PostgresAtlasDbContext>(o => o.UseNpgsql(connection));
                break;
            default:
                throw new InvalidOperationException($"Atlas:Store is '{store}'; it must be sqlite or postgres.");
        }

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<Editions.EditionCatalog>();
        builder.Services.AddSingleton<StoreProbe>();
        return builder;
    }

    /// <summary>The ingest: the importer, the ingest at start and the memory of runs that <c>/status</c> shows.</summary>
    public static WebApplicationBuilder AddAtlasIngest(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AtlasImporter>();
        builder.Services.AddSingleton<StartupIngest>();
        builder.Services.AddSingleton<IngestMemory>();
        return builder;
    }

    /// <summary>
    /// What sharing a view needs: citeproc-js and its style engines (built in the background at start), and the share
    /// pictures (the default view's drawn at start).
    /// </summary>
    public static WebApplicationBuilder AddAtlasSharing(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<Sharing.PreviewMap>();
        builder.Services.AddSingleton(services => Citations.CitationRenderer.For(Path.Combine(services.GetRequiredService<IWebHostEnvironment>().WebRootPath, "lib")));
        builder.Services.AddHostedService<Citations.CitationWarmUp>();
        builder.Services.AddHostedService<Sharing.SharePictureWarmUp>();
        return builder;
    }

    private static string SqliteConnection(string? configured)
    {
        var connection = new SqliteConnectionStringBuilder(configured ?? "Data Source=data/atlas.db");
        if (connection.DataSource is { Length: > 0 } file && file != ":memory:" && connection.Mode != SqliteOpenMode.Memory && !Path.IsPathRooted(file))
        {
            connection.DataSource = AtlasRoot.Resolve(AtlasRoot.Find(), file);
        }

        return connection.ToString();
    }

    /// <summary>
    /// Brings the schema up to date and, on the embedded default, ingests the content. Neither can stop the app: a
    /// store that cannot be opened is reported once (pages answer 503 with the reason), and an ingest that fails
    /// leaves the stored edition serving. When the store already holds an edition, the app serves it at once and
    /// ingests beside it (<see cref="StartupIngest"/>): a changed content set becomes current when it is stored.
    /// </summary>
    public static async Task PrepareAtlasStoreAsync(this WebApplication app)
    {
        var faults = app.Services.GetRequiredService<StoreFaults>();
        var options = app.Services.GetRequiredService<IOptions<AtlasOptions>>().Value;
        bool serving;
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AtlasDbContext>().MigrateAtlasSchemaAsync();
            serving = (await app.Services.GetRequiredService<Editions.EditionCatalog>().FindAsync(null, CancellationToken.None)).Edition is not null;
        }
        catch (Exception e) when (StoreFaults.IsStoreFault(e))
        {
            faults.FailedAtStart(e);
            return;
        }

        if (options.IngestOnStart && app.Services.GetRequiredService<StoreMode>().ReadOnlyReason is { } readOnly)
        {
            // A read-only store serves what it holds; an ingest could not publish, so it is not tried, and /status says so.
            app.Services.GetRequiredService<IngestMemory>().NotTried($"No ingest at start: {readOnly}.");
        }
        else if (options.IngestOnStart)
        {
            var ingest = app.Services.GetRequiredService<StartupIngest>();
            ingest.Start(app.Services, options.ContentPath, app.Lifetime.ApplicationStopping);
            if (!serving)
            {
                // Nothing stored yet: there is nothing to serve until this ingest is done.
                await ingest.Completion;
            }
        }
    }

    /// <summary>
    /// Creates the SQLite file's folder when needed and applies the migrations that are missing. A store whose schema
    /// is current is only read, so a read-only store starts and serves.
    /// </summary>
    public static async Task MigrateAtlasSchemaAsync(this AtlasDbContext db)
    {
        if (db.Database.GetDbConnection() is SqliteConnection { DataSource: { Length: > 0 } file } && !file.StartsWith("file:", StringComparison.Ordinal) && Path.GetDirectoryName(file) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        if ((await db.Database.GetPendingMigrationsAsync()).Any())
        {
            await db.Database.MigrateAsync();
        }
    }
}
