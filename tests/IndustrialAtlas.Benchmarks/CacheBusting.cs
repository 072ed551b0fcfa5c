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
        -- Each wrk thread counts in its own globals; done() adds up the threads' counts.
        local threads = {}
        setup = function(thread) table.insert(threads, thread) end
        s2xx, s429, s4xx, s5xx = 0, 0, 0, 0
        request = function()
          local q = "?year=" .. math.random(1850, 2026) .. "&resource=" .. resources[math.random(#resources)] ..
            "&measure=" .. measures[math.random(#measures)] .. "&era=" .. eras[math.random(#eras)] .. "&z=" .. math.random(3, 8)
          return wrk.format("GET", paths[math.random(#paths)] .. q)
        end
        response = function(status)
          if status == 429 then s429 = s429 + 1
          elseif status >= 500 then s5xx = s5xx + 1
          elseif status >= 400 then s4xx = s4xx + 1
          elseif status >= 200 and status < 300 then s2xx = s2xx + 1 end
        end
        done = function()
          local sums = { s2xx = 0, s429 = 0, s4xx = 0, s5xx = 0 }
          for _, thread in ipairs(threads) do
            for name, _ in pairs(sums) do sums[name] = sums[name] + thread:get(name) end
          end
          for name, n in pairs(sums) do io.write(string.format("status %s: %d\n", name, n)) end
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
        var statuses = Status().Matches(load.Output).ToDictionary(m => m.Groups[1].Value, m => long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        long Count(string which) => statuses.GetValueOrDefault(which);

        figures.Add("requests/s (all answers)", load.RequestsPerSecond.ToString("N0", CultureInfo.InvariantCulture), "-");
        figures.Add("answers 2xx / 429 / other 4xx / 5xx", $"{Count("s2xx"):N0} / {Count("s429"):N0} / {Count("s4xx"):N0} / {Count("s5xx"):N0}", "5xx: 0");
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

    [GeneratedRegex(@"^status (s\w+): (\d+)$", RegexOptions.Multiline)]
    private static partial Regex Status();
}
