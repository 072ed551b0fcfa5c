using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace IndustrialAtlas.Web.Tests.Store;

/// <summary>
/// A throwaway PostgreSQL server for the tests: its own cluster in a temporary folder, on a free loopback port,
/// stopped and deleted afterwards. Debian's server binaries are used as installed (apt-get install postgresql);
/// as root, the server runs as the postgres user, since PostgreSQL refuses to run as root.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("atlas-pg-").FullName;
    private readonly string bin;
    private readonly int port;

    public PostgresServer()
    {
        bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Order().Select(d => Path.Combine(d, "bin")).LastOrDefault(d => File.Exists(Path.Combine(d, "initdb"))) ?? ""
            : "";
        if (bin.Length == 0)
        {
            throw new InvalidOperationException("No PostgreSQL server under /usr/lib/postgresql: install it with `apt-get install postgresql` (the CI script does).");
        }

        if (Environment.IsPrivilegedProcess)
        {
            Run("chown", "-R", "postgres:postgres", folder);
        }

        var data = Path.Combine(folder, "data");
        RunAsServer("initdb", "-D", data, "-U", "atlas", "-A", "trust", "-E", "UTF8", "--no-sync", "--locale=C.UTF-8");
        port = FreePort();
        RunAsServer("pg_ctl", "-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "start",
            "-o", $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off");
    }

    /// <summary>A new, empty database and its connection string.</summary>
    public string CreateDatabase()
    {
        var name = "atlas_" + Guid.NewGuid().ToString("N")[..12];
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        command.ExecuteNonQuery();
        return ConnectionString(name);
    }

    private string ConnectionString(string database) => $"Host=127.0.0.1;Port={port};Username=atlas;Database={database};Pooling=false";

    public void Dispose()
    {
        try
        {
            RunAsServer("pg_ctl", "-D", Path.Combine(folder, "data"), "-m", "immediate", "-w", "stop");
        }
        finally
        {
            TestFiles.DeleteQuietly(folder);
        }
    }

    private void RunAsServer(string tool, params string[] args)
    {
        var exe = Path.Combine(bin, tool);
        if (Environment.IsPrivilegedProcess)
        {
            Run("runuser", ["-u", "postgres", "--", exe, .. args]);
        }
        else
        {
            Run(exe, args);
        }
    }

    private static void Run(string exe, params string[] args)
    {
        var start = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{exe} {string.Join(' ', args)} failed ({(process.HasExited ? process.ExitCode : "timed out")}): {errors.Result}{output.Result}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
