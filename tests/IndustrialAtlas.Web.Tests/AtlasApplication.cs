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
        CopyDirectory(contentSource ?? Path.Combine(AppContext.BaseDirectory, "Fixtures", "content"), ContentPath);
    }

    /// <summary>The checkout's own <c>content/</c> folder.</summary>
    public static string RepositoryContent
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "IndustrialAtlas.sln")))
                {
                    return Path.Combine(dir.FullName, "content");
                }
            }

            throw new InvalidOperationException("IndustrialAtlas.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public string Folder { get; }

    public string ContentPath { get; }

    public string DatabasePath => Path.Combine(Folder, "atlas.db");

    public CollectingSink Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Atlas", $"Data Source={DatabasePath};Pooling=False");
        builder.UseSetting("Atlas:ContentPath", ContentPath);
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(Logs));
    }

    public void WriteCity(string slug, string text) => File.WriteAllText(Path.Combine(ContentPath, "cities", slug + ".md"), text);

    public string ReadCity(string slug) => File.ReadAllText(Path.Combine(ContentPath, "cities", slug + ".md"));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS to clean; the test result does not depend on it.
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
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
