using System.Globalization;
using System.Net;

namespace IndustrialAtlas.Benchmarks;

/// <summary>
/// Each page or API answer under wrk, next to the ceiling for it: a bare Kestrel endpoint writing the very bytes the
/// atlas just answered, headers and body. The ratio says how much of what Kestrel could serve the atlas does serve. The two sides take
/// turns, several short rounds each, and the ratio is the median of the rounds' ratios: on a machine busy with other work
/// one long run per side measured the other work as much as the atlas.
/// </summary>
internal static class ServingComparison
{
    public static readonly string[] Paths = ["/cities/anshan", "/", "/claims", "/api/atlas.geojson", "/zh/cities/anshan", "/zh/"];

    private const int WarmupSeconds = 3;
    private const int MeasuredSeconds = 5;
    private const int Rounds = 5;

    /// <summary>
    /// The connections for a second latency figure. At 64, wrk and the server share two cores at saturation, and p99 is
    /// the queue: about twice the mean of 64 / (requests/s), the ceiling's as much as the atlas's (a 165 KB page at
    /// 12,500 requests/s queues 5 ms on average). At 16 the cores are still busy but not saturated, and p99 shows
    /// what the answer itself costs at its slowest: a pause of the collector, a flush of the log.
    /// </summary>
    private const int FewerConnections = 16;

    private const int LatencyRounds = 3;

    public static async Task AddAsync(Figures figures, Uri atlas, string folder) => await AddAsync(figures, atlas, folder, Paths);

    public static async Task AddAsync(Figures figures, Uri atlas, string folder, IReadOnlyList<string> paths)
    {
        figures.Section($"serving the real content, wrk -t2 -c{Wrk.Connections}: {Rounds} rounds of {MeasuredSeconds} s a side in turn after {WarmupSeconds} s of warm-up; medians");
        if (Wrk.Executable is null)
        {
            Console.Error.WriteLine($"wrk is not installed, so requests/s and p99 are skipped: {Wrk.Install}");
            figures.Add("requests/s and p99 latency", $"skipped: wrk is not installed ({Wrk.Install})", "-");
            return;
        }

        // No Accept-Encoding, as wrk: the body is what wrk will receive.
        using var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = atlas };
        var responses = new List<Ceiling.Response>();
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(path);
            response.EnsureSuccessStatusCode();
            string[] written = ["Date", "Transfer-Encoding", "Content-Length", "Content-Type", "Server", "Connection"];
            var headers = response.Headers.Concat(response.Content.Headers).Where(h => !written.Contains(h.Key, StringComparer.OrdinalIgnoreCase))
                .Select(h => KeyValuePair.Create(h.Key, string.Join(", ", h.Value))).ToList();
            responses.Add(new(path, response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream", await response.Content.ReadAsByteArrayAsync(), headers));
        }

        await using var ceiling = await Ceiling.StartAsync(responses, Path.Combine(folder, "ceiling"));
        foreach (var response in responses)
        {
            await Wrk.RunAsync(new Uri(atlas, response.Path), WarmupSeconds);
            await Wrk.RunAsync(new Uri(ceiling.Address, response.Path), WarmupSeconds);
            var served = new List<Wrk.Load>();
            var bare = new List<Wrk.Load>();
            for (var round = 0; round < Rounds; round++)
            {
                served.Add(await Wrk.RunAsync(new Uri(atlas, response.Path), MeasuredSeconds));
                bare.Add(await Wrk.RunAsync(new Uri(ceiling.Address, response.Path), MeasuredSeconds));
            }

            var ratios = served.Zip(bare, (a, b) => a.RequestsPerSecond / b.RequestsPerSecond).ToList();
            var label = $"{response.Path} ({Figures.Kilobytes(response.Body.Length)} {response.ContentType.Split(';')[0]})";
            figures.Add($"{label}: requests/s, atlas / ceiling", string.Create(CultureInfo.InvariantCulture,
                $"{Median(served, l => l.RequestsPerSecond):N0} / {Median(bare, l => l.RequestsPerSecond):N0}; ratio {Figures.Percentile(ratios, 50):0.000} ({string.Join(", ", ratios.Select(r => r.ToString("0.00", CultureInfo.InvariantCulture)))})"), "≥ 0.80");
            figures.Add($"{label}: p99 latency, atlas (ceiling)", $"{Figures.Millis(Median(served, l => l.P99Milliseconds))} ({Figures.Millis(Median(bare, l => l.P99Milliseconds))})", "≤ 10 ms");
            var servedFewer = new List<Wrk.Load>();
            var bareFewer = new List<Wrk.Load>();
            for (var round = 0; round < LatencyRounds; round++)
            {
                servedFewer.Add(await Wrk.RunAsync(new Uri(atlas, response.Path), MeasuredSeconds, connections: FewerConnections));
                bareFewer.Add(await Wrk.RunAsync(new Uri(ceiling.Address, response.Path), MeasuredSeconds, connections: FewerConnections));
            }

            figures.Add($"{label}: p99 latency at {FewerConnections} connections, atlas (ceiling)", string.Create(CultureInfo.InvariantCulture,
                $"{Figures.Millis(Median(servedFewer, l => l.P99Milliseconds))} ({Figures.Millis(Median(bareFewer, l => l.P99Milliseconds))}); {Median(servedFewer, l => l.RequestsPerSecond):N0} / {Median(bareFewer, l => l.RequestsPerSecond):N0} requests/s"), "≤ 10 ms");
            var errors = served.Concat(bare).Concat(servedFewer).Concat(bareFewer).Where(l => l.Errors.Length > 0).ToList();
            if (errors.Count > 0)
            {
                figures.Add($"{label}: wrk errors, atlas / ceiling (timeout: > 2 s, not in p99)", $"{Or([.. served, .. servedFewer])} / {Or([.. bare, .. bareFewer])}", "none");
            }
        }
    }

    private static double Median(List<Wrk.Load> loads, Func<Wrk.Load, double> figure) => Figures.Percentile([.. loads.Select(figure)], 50);

    private static string Or(List<Wrk.Load> loads) => string.Join("; ", loads.Select(l => l.Errors).Where(e => e.Length > 0)) is { Length: > 0 } e ? e : "none";
}
