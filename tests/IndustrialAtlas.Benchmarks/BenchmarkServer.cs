using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IndustrialAtlas.Benchmarks;

/// <summary>
/// The atlas on real Kestrel (a free loopback port) over a given content folder and a temporary SQLite file.
/// It does not ingest at start, so the benchmark can time the ingest on its own.
/// </summary>
internal sealed class BenchmarkServer : WebApplicationFactory<Program>
{
    private readonly string contentPath;
    private readonly string databasePath;

    private BenchmarkServer(string contentPath, string databasePath)
    {
        this.contentPath = contentPath;
        this.databasePath = databasePath;
    }

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public static BenchmarkServer Start(string contentPath, string databasePath)
    {
        var server = new BenchmarkServer(contentPath, databasePath);
        server.Address = KestrelHost.Start(server);
        return server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Atlas", $"Data Source={databasePath};Pooling=False");
        builder.UseSetting("Atlas:ContentPath", contentPath);
        builder.UseSetting("Atlas:IngestOnStart", "false");
        // The request log of a few hundred slider steps would drown the figures.
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }
}
