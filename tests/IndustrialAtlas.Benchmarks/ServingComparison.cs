using System.Globalization;
using System.Net;

namespace IndustrialAtlas.Benchmarks;

/// <summary>
/// Each page or API answer under wrk, next to the ceiling for its size: a bare Kestrel endpoint writing the very bytes
/// the atlas just answered. The ratio says how much of what Kestrel could serve the atlas does serve.
/// </summary>
internal static class ServingComparison
{
    public static readonly string[] Paths = ["/cities/anshan", "/", "/claims", "/api/atlas.geojson"];

    private const int WarmupSeconds = 3;
    private const int MeasuredSeconds = 10;

    public static async Task AddAsync(Figures figures, Uri atlas, string folder)
    {
        figures.Section($"serving the real content, wrk -t2 -c64 -d{MeasuredSeconds}s after {WarmupSeconds} s of warm-up, each side");
        if (Wrk.Executable is null)
        {
            Console.Error.WriteLine($"wrk is not installed, so requests/s and p99 are skipped: {Wrk.Install}");
            figures.Add("requests/s and p99 latency", $"skipped: wrk is not installed ({Wrk.Install})", "-");
            return;
        }

        // No Accept-Encoding, as wrk: the body is what wrk will receive.
        using var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = atlas };
        var responses = new List<Ceiling.Response>();
        foreach (var path in Paths)
        {
            using var response = await client.GetAsync(path);
            response.EnsureSuccessStatusCode();
            responses.Add(new(path, response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream", await response.Content.ReadAsByteArrayAsync()));
        }

        await using var ceiling = await Ceiling.StartAsync(responses, Path.Combine(folder, "ceiling"));
        foreach (var response in responses)
        {
            var served = await MeasureAsync(new Uri(atlas, response.Path));
            var bare = await MeasureAsync(new Uri(ceiling.Address, response.Path));
            var label = $"{response.Path} ({Figures.Kilobytes(response.Body.Length)} {response.ContentType.Split(';')[0]})";
            figures.Add($"{label}: requests/s, atlas / ceiling", string.Create(CultureInfo.InvariantCulture,
                $"{served.RequestsPerSecond:N0} / {bare.RequestsPerSecond:N0} = {served.RequestsPerSecond / bare.RequestsPerSecond:0.000}"), "≥ 0.80");
            figures.Add($"{label}: p99 latency, atlas (ceiling)", $"{Figures.Millis(served.P99Milliseconds)} ({Figures.Millis(bare.P99Milliseconds)})", "≤ 10 ms");
            if (served.Errors.Length > 0 || bare.Errors.Length > 0)
            {
                figures.Add($"{label}: wrk errors, atlas / ceiling (timeout: > 2 s, not in p99)", $"{Or(served.Errors)} / {Or(bare.Errors)}", "none");
            }
        }
    }

    private static async Task<Wrk.Load> MeasureAsync(Uri url)
    {
        await Wrk.RunAsync(url, WarmupSeconds);
        return await Wrk.RunAsync(url, MeasuredSeconds);
    }

    private static string Or(string errors) => errors.Length > 0 ? errors : "none";
}
