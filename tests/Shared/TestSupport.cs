using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IndustrialAtlas.Testing;

/// <summary>
/// What every test project needs of the checkout and of a test host: linked into each project (tests/Shared),
/// so the web tests, the browser tests and the benchmark start the atlas the same way.
/// </summary>
internal static class RepositoryRoot
{
    /// <summary>The checkout: the folder holding <c>IndustrialAtlas.sln</c>, found from the test's own folder.</summary>
    public static string Path { get; } = Find();

    public static string ContentPath => System.IO.Path.Combine(Path, "content");

    /// <summary>A folder under the git-ignored <c>artifacts/</c>, created when missing.</summary>
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

internal static class TestFiles
{
    /// <summary>Copies a folder tree, so a test can change its own copy of the content.</summary>
    public static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Deletes a test's temporary folder; a file still held open is left for the OS to clean.</summary>
    public static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // The test result does not depend on it.
        }
    }
}

internal static class KestrelHost
{
    /// <summary>Starts the factory's app on real Kestrel on a free loopback port and returns its address.</summary>
    public static Uri Start<TEntryPoint>(WebApplicationFactory<TEntryPoint> factory)
        where TEntryPoint : class
    {
        factory.UseKestrel(0);
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First().TrimEnd('/') + "/");
    }
}
