using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IndustrialAtlas.Browser.Tests;

/// <summary>
/// The atlas on real Kestrel (a free loopback port), on its own temporary SQLite file and its own copy of the
/// checkout's real <c>content/</c>, so a browser can load it and nothing in the checkout changes.
/// </summary>
public sealed class AtlasServer : WebApplicationFactory<Program>
{
    private AtlasServer()
    {
        Folder = Directory.CreateTempSubdirectory("atlas-browser-").FullName;
        ContentPath = Path.Combine(Folder, "content");
        TestFiles.CopyDirectory(RepositoryRoot.ContentPath, ContentPath);
    }

    public string Folder { get; }

    public string ContentPath { get; }

    /// <summary>The app's own address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public static AtlasServer Start()
    {
        var server = new AtlasServer();
        server.Address = KestrelHost.Start(server);
        return server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Atlas", $"Data Source={Path.Combine(Folder, "atlas.db")};Pooling=False");
        builder.UseSetting("Atlas:ContentPath", ContentPath);
        // One browser is one client asking for many views in a few seconds; the limits have tests of their own.
        builder.UseSetting("Atlas:RateLimit:PerSecond", "100000");
        builder.UseSetting("Atlas:RateLimit:Burst", "100000");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        TestFiles.DeleteQuietly(Folder);
    }
}
