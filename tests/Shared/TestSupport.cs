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

/// <summary>
/// A folder nothing can be created in, for as long as this lives: immutable (<c>chattr +i</c>) when the tests run as
/// root, whom file modes do not stop; read and execute only otherwise. <see cref="Why"/> says why it could not be made.
/// </summary>
internal sealed class UnwritableFolder : IDisposable
{
    private readonly string folder;
    private readonly bool immutable;

    private UnwritableFolder(string folder, bool immutable, string? why)
    {
        this.folder = folder;
        this.immutable = immutable;
        Why = why;
    }

    public string? Why { get; }

    public static UnwritableFolder Make(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            return new UnwritableFolder(folder, false, "folders are made read-only the Unix way here");
        }

        var root = Environment.UserName == "root";
        if (root)
        {
            if (Run("chattr", "+i", folder) is { } failed)
            {
                return new UnwritableFolder(folder, false, $"a folder cannot be made read-only for root here (chattr: {failed})");
            }
        }
        else
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }

        var made = new UnwritableFolder(folder, root, null);
        try
        {
            File.WriteAllText(Path.Combine(folder, "probe"), "");
            File.Delete(Path.Combine(folder, "probe"));
            made.Dispose();
            return new UnwritableFolder(folder, false, "the file system here lets the folder be written whatever its attributes");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return made;
        }
    }

    public void Dispose()
    {
        if (immutable)
        {
            Run("chattr", "-i", folder);
        }
        else if (Why is null && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static string? Run(string command, params string[] arguments)
    {
        try
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(command, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? null : error.Trim();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return e.Message;
        }
    }
}
