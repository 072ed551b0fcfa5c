using System.Globalization;
using System.Text.RegularExpressions;

namespace IndustrialAtlas.Benchmarks;

/// <summary>
/// Load from <c>wrk</c> (Debian's package): <c>wrk -t2 -c64 -d10s --latency</c> (fewer connections when asked). wrk sends no Accept-Encoding, so
/// neither the atlas nor the ceiling compresses, and the two write the same bytes.
/// </summary>
internal static partial class Wrk
{
    public const string Install = "apt-get install wrk";

    public static string? Executable { get; } = Environment.GetEnvironmentVariable("PATH")?.Split(':')
        .Select(folder => Path.Combine(folder, "wrk")).FirstOrDefault(File.Exists);

    /// <summary>What one run saw: requests/s, the 99th percentile latency, and any errors wrk reported.</summary>
    public sealed record Load(double RequestsPerSecond, double P99Milliseconds, string Errors)
    {
        /// <summary>The slowest answer wrk saw (its Latency "Max").</summary>
        public double MaxMilliseconds { get; init; }

        /// <summary>What wrk printed, and what its script printed at the end.</summary>
        public string Output { get; init; } = "";
    }

    /// <summary>The connections wrk keeps open unless told otherwise: enough to keep both cores busy.</summary>
    public const int Connections = 64;

    public static async Task<Load> RunAsync(Uri url, int seconds, string? script = null, int connections = Connections)
    {
        var arguments = new[] { "-t2", $"-c{connections.ToString(CultureInfo.InvariantCulture)}", $"-d{seconds}s", "--latency" }.Concat(script is null ? [] : ["-s", script]).Append(url.ToString());
        var (code, text, errors) = await ToolRun.RunAsync(Executable ?? throw new InvalidOperationException("wrk is not installed: " + Install), arguments);
        var rate = RequestsPerSecond().Match(text);
        var p99 = Percentile99().Match(text);
        if (code != 0 || !rate.Success || !p99.Success)
        {
            throw new InvalidOperationException($"wrk {url} exited {code}:\n{text}{errors}");
        }

        var problems = string.Join(", ", new[] { SocketErrors().Match(text), Non2xx().Match(text) }.Where(m => m.Success).Select(m => m.Value.Trim()));
        var max = MaxLatency().Match(text);
        return new Load(Number(rate.Groups[1].Value), Number(p99.Groups[1].Value) * Unit(p99.Groups[2].Value), problems)
        {
            MaxMilliseconds = max.Success ? Number(max.Groups[1].Value) * Unit(max.Groups[2].Value) : double.NaN,
            Output = text,
        };
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static double Unit(string unit) => unit switch
    {
        "us" => 0.001,
        "ms" => 1,
        "s" => 1000,
        "m" => 60_000,
        _ => throw new InvalidOperationException("unknown wrk unit " + unit),
    };

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"^\s+99%\s+([0-9.]+)(us|ms|s|m)\s*$", RegexOptions.Multiline)]
    private static partial Regex Percentile99();

    [GeneratedRegex(@"^\s+Latency\s+\S+\s+\S+\s+([0-9.]+)(us|ms|s|m)", RegexOptions.Multiline)]
    private static partial Regex MaxLatency();

    [GeneratedRegex(@"Socket errors:[^\n]*")]
    private static partial Regex SocketErrors();

    [GeneratedRegex(@"Non-2xx or 3xx responses:[^\n]*")]
    private static partial Regex Non2xx();
}
