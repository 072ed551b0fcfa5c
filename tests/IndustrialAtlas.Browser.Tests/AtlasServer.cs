using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

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
        CopyDirectory(RepositoryRoot.ContentPath, ContentPath);
    }

    public string Folder { get; }

    public string ContentPath { get; }

    /// <summary>The app's own address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public static AtlasServer Start()
    {
        var server = new AtlasServer();
        server.UseKestrel(0);
        server.StartServer();
        var addresses = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        server.Address = new Uri(addresses.First().TrimEnd('/') + "/");
        return server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Atlas", $"Data Source={Path.Combine(Folder, "atlas.db")};Pooling=False");
        builder.UseSetting("Atlas:ContentPath", ContentPath);
    }

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

/// <summary>Finds the checkout (the folder holding <c>IndustrialAtlas.sln</c>) from the test's own folder.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string ContentPath => System.IO.Path.Combine(Path, "content");

    public static string Artifacts(string folder) => Directory.CreateDirectory(System.IO.Path.Combine(Path, "artifacts", folder)).FullName;

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "IndustrialAtlas.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("IndustrialAtlas.sln not found above " + AppContext.BaseDirectory);
    }
}
