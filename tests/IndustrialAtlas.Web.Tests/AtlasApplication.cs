using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace IndustrialAtlas.Web.Tests;

/// <summary>
/// The atlas on its own temporary SQLite file and its own copy of the fixture content, so a test can
/// break or change the content without touching any other test or the checkout.
/// </summary>
public sealed class AtlasApplication : WebApplicationFactory<Program>
{
    /// <param name="contentSource">The content to copy; the fixture content when null.</param>
    public AtlasApplication(string? contentSource = null)
    {
        Folder = Directory.CreateTempSubdirectory("atlas-web-").FullName;
        ContentPath = Path.Combine(Folder, "content");
        TestFiles.CopyDirectory(contentSource ?? Path.Combine(AppContext.BaseDirectory, "Fixtures", "content"), ContentPath);
    }

    /// <summary>The checkout's own <c>content/</c> folder.</summary>
    public static string RepositoryContent => RepositoryRoot.ContentPath;

    public string Folder { get; }

    public string ContentPath { get; }

    public string DatabasePath => Path.Combine(Folder, "atlas.db");

    public CollectingSink Logs { get; } = new();

    /// <summary>Further settings, applied when the app starts (set them before the first request).</summary>
    public Dictionary<string, string> Settings { get; } = [];

    /// <summary>Further services for one test (an interceptor, a clock), added when the app starts.</summary>
    public List<Action<IServiceCollection>> ServiceChanges { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Atlas", $"Data Source={DatabasePath};Pooling=False");
        builder.UseSetting("Atlas:ContentPath", ContentPath);
        // The suite is one client asking for thousands of views (the fuzz tests); the limits have tests of their own.
        builder.UseSetting("Atlas:RateLimit:PerSecond", "100000");
        builder.UseSetting("Atlas:RateLimit:Burst", "100000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<ILogEventSink>(Logs);
            ServiceChanges.ForEach(change => change(services));
        });
    }

    /// <summary>Starts the app and waits for its start-up ingest, which runs beside serving when the store already holds an edition.</summary>
    public async Task<HttpClient> StartedClientAsync()
    {
        var client = CreateClient();
        await Services.GetRequiredService<IndustrialAtlas.Web.Hosting.StartupIngest>().Completion;
        return client;
    }

    public void WriteCity(string slug, string text) => File.WriteAllText(Path.Combine(ContentPath, "cities", slug + ".md"), text);

    public string ReadCity(string slug) => File.ReadAllText(Path.Combine(ContentPath, "cities", slug + ".md"));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        TestFiles.DeleteQuietly(Folder);
    }
}

/// <summary>Keeps the log events the app writes, so tests can read its request log.</summary>
public sealed class CollectingSink : ILogEventSink
{
    private readonly List<LogEvent> events = [];

    public void Emit(LogEvent logEvent)
    {
        lock (events)
        {
            events.Add(logEvent);
        }
    }

    public IReadOnlyList<LogEvent> Events
    {
        get
        {
            lock (events)
            {
                return [.. events];
            }
        }
    }
}
