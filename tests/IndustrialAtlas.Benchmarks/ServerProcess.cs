using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace IndustrialAtlas.Benchmarks;

/// <summary>
/// A .NET server started as a process of its own on a free loopback port (127.0.0.1 only), timed from process start
/// until a given path answers 200. Its console output goes to a log file, as a service manager would keep it.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly Task logging;

    private ServerProcess(Process process, Uri address, Task logging)
    {
        this.process = process;
        this.logging = logging;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The server's operating-system process id (for sampling its memory).</summary>
    public int ProcessId => process.Id;

    /// <summary>From <see cref="Process.Start()"/> until the ready path first answered 200.</summary>
    public TimeSpan StartupTime { get; private set; }

    /// <summary>Runs <c>dotnet <paramref name="assembly"/> --urls http://127.0.0.1:port</c> with the given environment.</summary>
    public static async Task<ServerProcess> StartAsync(string assembly, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string readyPath, string logFile)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        // Whatever the caller's shell set (a Development environment, other URLs) must not leak into the server.
        foreach (var inherited in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS" })
        {
            start.Environment.Remove(inherited);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var address = new Uri($"http://127.0.0.1:{port}/");
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var log = File.Create(logFile);
        var logging = Task.WhenAll(process.StandardOutput.BaseStream.CopyToAsync(log), process.StandardError.BaseStream.CopyToAsync(log))
            .ContinueWith(_ => log.Dispose(), TaskScheduler.Default);
        var server = new ServerProcess(process, address, logging);
        while (true)
        {
            if (process.HasExited || clock.Elapsed > TimeSpan.FromSeconds(60))
            {
                await server.DisposeAsync();
                throw new InvalidOperationException($"{Path.GetFileName(assembly)} never answered {readyPath} on {address} (exit code {(process.HasExited ? process.ExitCode : "none")}); see {logFile}");
            }

            try
            {
                using var response = await client.GetAsync(readyPath);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    server.StartupTime = clock.Elapsed;
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(10);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        await logging;
        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
