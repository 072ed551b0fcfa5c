using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net.Http.Json;
using System.Text;
using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Hosting;

namespace IndustrialAtlas.Benchmarks;

/// <summary>
/// <c>dotnet run --project tests/IndustrialAtlas.Benchmarks -c Release [-- --cities N]</c>: generates N synthetic
/// cities, serves them, and prints the map's figures against their targets (also to artifacts/benchmarks/atlas.txt).
/// </summary>
internal static class AtlasBenchmark
{
    private const int Seed = 20261123;
    private const int Steps = 100;

    private static async Task<int> Main(string[] args)
    {
        var cities = args.Length == 2 && args[0] == "--cities" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
        var root = FindRoot();
        // WebApplicationFactory finds the app's content root through MvcTestingAppManifest.json in the current
        // directory, which `dotnet run` leaves at the caller's; the test runner starts in the output folder.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var folder = Directory.CreateTempSubdirectory("atlas-benchmark-").FullName;
        try
        {
            return await RunAsync(root, folder, cities);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<int> RunAsync(string root, string folder, int count)
    {
        var year = DateTime.UtcNow.Year;
        var contentPath = Path.Combine(folder, "content");
        var synthetic = SyntheticContent.Write(Path.Combine(root, "content"), contentPath, count, Seed, year);
        var busiest = synthetic.Busiest();
        var figures = new Figures();

        var clock = Stopwatch.StartNew();
        var parsed = ContentLoader.Load(contentPath);
        figures.Add($"parse {count} profiles (Content library)", Seconds(clock.Elapsed), "-");
        if (!parsed.IsValid)
        {
            Console.Error.WriteLine(string.Join('\n', parsed.Diagnostics.Take(20)));
            return 1;
        }

        await using var server = BenchmarkServer.Start(contentPath, Path.Combine(folder, "atlas.db"));
        using var output = new StringWriter();
        clock.Restart();
        var exit = await IngestCommand.RunAsync(server.Services, ["ingest"], output);
        figures.Add($"ingest {count} cities (parse + store)", Seconds(clock.Elapsed), "-");
        using var client = new HttpClient { BaseAddress = server.Address };
        var stored = (await client.GetFromJsonAsync<List<object>>("/api/cities"))!.Count;
        if (exit != 0 || stored != count)
        {
            Console.Error.WriteLine($"ingest exited {exit} and stored {stored} of {count} cities:\n{output}");
            return 1;
        }

        foreach (var (label, path) in new[]
        {
            ("/api/atlas.geojson default view", "/api/atlas.geojson"),
            ($"/api/atlas.geojson?year={busiest.Year} ({busiest.Count} cities, the most)", $"/api/atlas.geojson?year={busiest.Year}"),
            ("/api/atlas/data.json (what the script loads)", "/api/atlas/data.json"),
        })
        {
            figures.Add($"gzip {label}", await GzipSizeAsync(client, path), "<= 200 KB");
        }

        // Steps through the decades where the synthetic cities change most (phases start and end inside eras).
        var slider = await SliderTiming.MeasureAsync(server.Address, from: 1900, steps: Steps, warmup: 10);
        figures.Add($"slider step, median of {Steps} (to data-year + 1 frame)", Millis(Percentile(slider.ToFrame, 50)), "<= 16 ms");
        figures.Add($"slider step, p95 of {Steps} (to data-year + 1 frame)", Millis(Percentile(slider.ToFrame, 95)), "<= 16 ms");
        figures.Add("  of which to data-year only, median / p95", $"{Millis(Percentile(slider.ToDataYear, 50))} / {Millis(Percentile(slider.ToDataYear, 95))}", "-");
        figures.Add("requests that tried to leave the machine", slider.OffMachineRequests.ToString(CultureInfo.InvariantCulture), "0");

        var report = figures.Render($"Industrial Atlas map benchmark: {count} synthetic cities (seed {Seed}), Chromium {slider.Browser}, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine(report);
        var file = Path.Combine(Directory.CreateDirectory(Path.Combine(root, "artifacts", "benchmarks")).FullName, "atlas.txt");
        await File.WriteAllTextAsync(file, report);
        var steps = Path.Combine(Path.GetDirectoryName(file)!, "atlas-steps.csv");
        await File.WriteAllLinesAsync(steps, ["year,to_data_year_ms,to_frame_ms", .. slider.ToFrame.Select((t, i) =>
            string.Create(CultureInfo.InvariantCulture, $"{1900 + i + 1},{slider.ToDataYear[i]:0.00},{t:0.00}"))]);
        Console.WriteLine($"written to {file} (each step in {steps})");
        return 0;
    }

    private static async Task<string> GzipSizeAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        if (!response.IsSuccessStatusCode)
        {
            return $"n/a ({(int)response.StatusCode})";
        }

        var body = await response.Content.ReadAsByteArrayAsync();
        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            await gzip.WriteAsync(body);
        }

        return string.Create(CultureInfo.InvariantCulture, $"{compressed.Length / 1024.0:0.0} KB ({body.Length / 1024.0:0} KB raw)");
    }

    private static double Percentile(IReadOnlyList<double> values, int percent)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static string Millis(double ms) => string.Create(CultureInfo.InvariantCulture, $"{ms:0.0} ms");

    private static string Seconds(TimeSpan time) => string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:0.00} s");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IndustrialAtlas.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("IndustrialAtlas.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The printed table: one row per figure with its target.</summary>
    private sealed class Figures
    {
        private readonly List<(string Name, string Value, string Target)> rows = [];

        public void Add(string name, string value, string target) => rows.Add((name, value, target));

        public string Render(string title)
        {
            var nameWidth = rows.Max(r => r.Name.Length);
            var valueWidth = rows.Max(r => r.Value.Length);
            var text = new StringBuilder().Append(title).Append('\n').Append('\n');
            text.Append("figure".PadRight(nameWidth)).Append("  ").Append("value".PadRight(valueWidth)).Append("  target\n");
            foreach (var (name, value, target) in rows)
            {
                text.Append(name.PadRight(nameWidth)).Append("  ").Append(value.PadRight(valueWidth)).Append("  ").Append(target).Append('\n');
            }

            return text.ToString();
        }
    }
}
