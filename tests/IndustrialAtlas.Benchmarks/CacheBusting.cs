using System.Globalization;
using System.Text.RegularExpressions;

namespace IndustrialAtlas.Benchmarks;

/// <summary>
/// A new map URL on every request (random year, resource, era, measure, zoom across the map page, the embed, GeoJSON,
/// CSV and the share picture) from one client with 64 connections, with the server's resident memory sampled every
/// second: what the output cache cannot absorb, the rate limiter and the instance's limit on concurrent work must.
/// <c>ATLAS_BUST_SECONDS</c> sets the length (60 s by default; the issue's goal is measured over 300).
/// </summary>
internal static partial class CacheBusting
{
    private const string Script = """
        local resources = {"", "iron-ore", "coal", "oil", "copper"}
        local measures = {"", "population", "crude-steel"}
        local eras = {"", "first-five-year-plan", "third-front", "reform-and-restructuring"}
        local paths = {"/", "/embed", "/api/atlas.geojson", "/api/atlas.csv", "/preview.png"}
        local counts = {}
        request = function()
          local q = "?year=" .. math.random(1850, 2026) .. "&resource=" .. resources[math.random(#resources)] ..
            "&measure=" .. measures[math.random(#measures)] .. "&era=" .. eras[math.random(#eras)] .. "&z=" .. math.random(3, 8)
          return wrk.format("GET", paths[math.random(#paths)] .. q)
        end
        response = function(status) counts[status] = (counts[status] or 0) + 1 end
        done = function()
          for status, n in pairs(counts) do io.write(string.format("status %d: %d\n", status, n)) end
        end
        """;

    public static async Task AddAsync(Figures figures, ServerProcess atlas, string folder)
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("ATLAS_BUST_SECONDS"), CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 60;
        figures.Section($"a new URL on every request, wrk -t2 -c64 -d{seconds}s (one client), resident memory sampled each second");
        if (Wrk.Executable is null)
        {
            figures.Add("cache-busting load", $"skipped: wrk is not installed ({Wrk.Install})", "-");
            return;
        }

        var script = Path.Combine(folder, "bust.lua");
        await File.WriteAllTextAsync(script, Script);
        var before = ResidentMegabytes(atlas.ProcessId);
        using var stop = new CancellationTokenSource();
        var samples = new List<double>();
        var sampling = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                samples.Add(ResidentMegabytes(atlas.ProcessId));
                await Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None);
            }
        });
        var load = await Wrk.RunAsync(atlas.Address, seconds, script);
        await stop.CancelAsync();
        await sampling;
        var statuses = Status().Matches(load.Output).ToDictionary(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m => long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        long Count(Func<int, bool> which) => statuses.Where(p => which(p.Key)).Sum(p => p.Value);

        figures.Add("requests/s (all answers)", load.RequestsPerSecond.ToString("N0", CultureInfo.InvariantCulture), "-");
        figures.Add("answers 2xx / 429 / other 4xx / 5xx", $"{Count(c => c is >= 200 and < 300):N0} / {Count(c => c == 429):N0} / {Count(c => c is >= 400 and < 500 and not 429):N0} / {Count(c => c >= 500):N0}", "5xx: 0");
        figures.Add("latency p99 / slowest", $"{Figures.Millis(load.P99Milliseconds)} / {Figures.Millis(load.MaxMilliseconds)}", "slowest < 2 s");
        figures.Add("resident memory before / highest / at the end", string.Create(CultureInfo.InvariantCulture, $"{before:N0} / {samples.DefaultIfEmpty(before).Max():N0} / {samples.DefaultIfEmpty(before).Last():N0} MB"), "< 1,024 MB");
        if (load.Errors.Length > 0)
        {
            figures.Add("wrk errors (timeout: > 2 s)", load.Errors, "none");
        }
    }

    private static double ResidentMegabytes(int processId)
    {
        try
        {
            var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }

    [GeneratedRegex(@"^status (\d+): (\d+)$", RegexOptions.Multiline)]
    private static partial Regex Status();
}
