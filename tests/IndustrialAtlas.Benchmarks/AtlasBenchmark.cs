using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net.Http.Json;
using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Citations;
using IndustrialAtlas.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace IndustrialAtlas.Benchmarks;

/// <summary>
/// <c>dotnet run --project tests/IndustrialAtlas.Benchmarks -c Release [-- --cities N | --ingest-only | --serving-only [--path P]… | --startup-only | --lighthouse-only]</c>: every serving figure of the
/// atlas against its target, in one table (also written to artifacts/benchmarks/atlas.txt). N synthetic cities
/// (1,000 by default, never written into content/) for ingest, map data and the slider; the real content for
/// start-up, first-load weight and requests/s under wrk next to a bare Kestrel ceiling.
/// </summary>
internal static class AtlasBenchmark
{
    private const int Seed = 20261123;
    private const int Steps = 100;

    private static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == Ceiling.Command)
        {
            return await Ceiling.ServeAsync(args);
        }

        var cities = args.Length >= 2 && args[0] == "--cities" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
        // --ingest-only: the parse and the ingest of the synthetic cities alone, a figure to work on in seconds.
        var ingestOnly = args.Contains("--ingest-only");
        // --serving-only: requests/s and p99 of the real content against the ceiling alone, a figure to work on in minutes.
        var servingOnly = args.Contains("--serving-only");
        // --path P (with --serving-only, repeatable): only the named answers, a figure to work on in a minute.
        var paths = args.Select((a, i) => (a, i)).Where(p => p.a == "--path" && p.i + 1 < args.Length).Select(p => args[p.i + 1]).ToArray();
        // --startup-only: the start-up times alone.
        var startupOnly = args.Contains("--startup-only");
        // --lighthouse-only: Lighthouse on the main pages in both languages alone.
        var lighthouseOnly = args.Contains("--lighthouse-only");
        // WebApplicationFactory finds the app's content root through MvcTestingAppManifest.json in the current
        // directory, which `dotnet run` leaves at the caller's; the test runner starts in the output folder.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var folder = Directory.CreateTempSubdirectory("atlas-benchmark-").FullName;
        try
        {
            var clock = Stopwatch.StartNew();
            var figures = new Figures();
            if (servingOnly)
            {
                await using (var atlas = await ProductionAtlas.StartAsync(RepositoryRoot.ContentPath, Path.Combine(folder, "serving.db"), Path.Combine(folder, "serving.log")))
                {
                    await ServingComparison.AddAsync(figures, atlas.Address, folder, paths.Length > 0 ? paths : ServingComparison.Paths);
                }

                Console.WriteLine(figures.Render($"Industrial Atlas serving: {ProductionAtlas.Configuration} build, {Environment.ProcessorCount} cores", withNotes: false));
                return 0;
            }

            if (lighthouseOnly)
            {
                await using (var atlas = await ProductionAtlas.StartAsync(RepositoryRoot.ContentPath, Path.Combine(folder, "lighthouse.db"), Path.Combine(folder, "lighthouse.log")))
                {
                    await LighthouseAudit.AddAsync(figures, atlas.Address, folder);
                }

                Console.WriteLine(figures.Render($"Industrial Atlas Lighthouse: {ProductionAtlas.Configuration} build, {Environment.ProcessorCount} cores", withNotes: false));
                return 0;
            }

            if (startupOnly)
            {
                await using (await StartupTiming.AddAsync(figures, RepositoryRoot.ContentPath, folder))
                {
                }

                Console.WriteLine(figures.Render($"Industrial Atlas start-up: {ProductionAtlas.Configuration} build, {Environment.ProcessorCount} cores", withNotes: false));
                return 0;
            }

            var browser = await SyntheticFiguresAsync(figures, folder, cities, ingestOnly);
            if (browser is null)
            {
                return 1;
            }

            if (ingestOnly)
            {
                Console.WriteLine(figures.Render($"Industrial Atlas ingest: {ProductionAtlas.Configuration} build, {Environment.ProcessorCount} cores", withNotes: false));
                return 0;
            }

            await RealContentFiguresAsync(figures, folder);
            var report = figures.Render($"Industrial Atlas benchmark: {ProductionAtlas.Configuration} build, Chromium {browser}, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, measured in {clock.Elapsed.TotalSeconds:0} s", withNotes: false);
            Console.WriteLine(report);
            var file = Path.Combine(RepositoryRoot.Artifacts("benchmarks"), "atlas.txt");
            await File.WriteAllTextAsync(file, figures.Render(report[..report.IndexOf('\n', StringComparison.Ordinal)], withNotes: true));
            Console.WriteLine($"written to {file} (with the weight of each resource; each slider step in atlas-steps.csv)");
            return 0;
        }
        finally
        {
            TestFiles.DeleteQuietly(folder);
            ProductionAtlas.Remove();
        }
    }

    /// <summary>The figures at scale, on an in-process atlas over N synthetic cities. Returns Chromium's version, or null when the content failed.</summary>
    private static async Task<string?> SyntheticFiguresAsync(Figures figures, string folder, int count, bool ingestOnly = false)
    {
        var year = DateTime.UtcNow.Year;
        var contentPath = Path.Combine(folder, "content");
        var synthetic = SyntheticContent.Write(RepositoryRoot.ContentPath, contentPath, count, Seed, year);
        var busiest = synthetic.Busiest();
        figures.Section($"{count} synthetic cities (seed {Seed}), the atlas in-process on Kestrel");

        var clock = Stopwatch.StartNew();
        var parsed = ContentLoader.Load(contentPath);
        figures.Add($"parse {count} profiles (Content library)", Figures.Seconds(clock.Elapsed), "-");
        if (!parsed.IsValid)
        {
            Console.Error.WriteLine(string.Join('\n', parsed.Diagnostics.Take(20)));
            return null;
        }

        await using var server = BenchmarkServer.Start(contentPath, Path.Combine(folder, "synthetic.db"));
        // The citation engines are built in the background once the server has started (a V8 engine a style, on threads
        // of their own); timed beside them on two cores, the ingest measured them as much as itself (3.2–4.2 s against
        // 1.15–1.22 s after them, three runs each). The ingest is timed on its own, as the start-up figures time the start.
        await Task.Run(server.Services.GetRequiredService<CitationRenderer>().WarmUp);
        var (ingest, stored) = await IngestAsync(server);
        figures.Add($"ingest {count} cities (parse + store)", Figures.Seconds(ingest), "≤ 3 s");
        if (stored != count)
        {
            Console.Error.WriteLine($"ingest stored {stored} of {count} cities");
            return null;
        }

        if (ingestOnly)
        {
            return "";
        }

        using var client = new HttpClient { BaseAddress = server.Address };
        foreach (var (label, path) in new[]
        {
            ("/api/atlas.geojson default view", "/api/atlas.geojson"),
            ($"/api/atlas.geojson?year={busiest.Year} ({busiest.Count} cities, the most)", $"/api/atlas.geojson?year={busiest.Year}"),
            ("/api/atlas/data.json (what the script loads)", "/api/atlas/data.json"),
        })
        {
            figures.Add($"gzip {label}", await GzipSizeAsync(client, path), "≤ 200 KB");
        }

        // Steps through the decades where the synthetic cities change most (phases start and end inside eras).
        var slider = await SliderTiming.MeasureAsync(server.Address, from: 1900, steps: Steps, warmup: 10);
        figures.Add($"slider step, median of {Steps} (to data-year + 1 frame)", Figures.Millis(Figures.Percentile(slider.ToFrame, 50)), "≤ 16 ms");
        figures.Add($"slider step, p95 of {Steps} (to data-year + 1 frame)", Figures.Millis(Figures.Percentile(slider.ToFrame, 95)), "≤ 16 ms");
        figures.Add("  of which to data-year only, median / p95", $"{Figures.Millis(Figures.Percentile(slider.ToDataYear, 50))} / {Figures.Millis(Figures.Percentile(slider.ToDataYear, 95))}", "-");
        figures.Add("requests that tried to leave the machine", slider.OffMachineRequests.ToString(CultureInfo.InvariantCulture), "0");
        await File.WriteAllLinesAsync(Path.Combine(RepositoryRoot.Artifacts("benchmarks"), "atlas-steps.csv"), ["year,to_data_year_ms,to_frame_ms", .. slider.ToFrame.Select((t, i) =>
            string.Create(CultureInfo.InvariantCulture, $"{1900 + i + 1},{slider.ToDataYear[i]:0.00},{t:0.00}"))]);

        await AddFirstLoadAsync(figures, server.Address, $"{count} synthetic cities");
        return slider.Browser;
    }

    /// <summary>The figures for what is served today: the repository's content, the atlas as its own production process.</summary>
    private static async Task RealContentFiguresAsync(Figures figures, string folder)
    {
        var cities = Directory.GetFiles(Path.Combine(RepositoryRoot.ContentPath, ContentLoader.CitiesFolder), "*.md").Length;
        figures.Section($"the real content ({cities} cities): ingest in-process, after the synthetic run");
        await using (var server = BenchmarkServer.Start(RepositoryRoot.ContentPath, Path.Combine(folder, "real.db")))
        {
            var (ingest, _) = await IngestAsync(server);
            figures.Add($"ingest {cities} cities (parse + store)", Figures.Seconds(ingest), "-");
        }

        await using var atlas = await StartupTiming.AddAsync(figures, RepositoryRoot.ContentPath, folder);
        figures.Section("first load of the map page in Chromium, empty cache (plain HTTP: Chromium offers gzip, deflate)");
        await AddFirstLoadAsync(figures, atlas.Address, "the real content");
        await ServingComparison.AddAsync(figures, atlas.Address, folder);
        await LighthouseAudit.AddAsync(figures, atlas.Address, folder);
        // Last: the load that busts the cache leaves the process as it leaves it.
        await CacheBusting.AddAsync(figures, atlas, folder);
    }

    private static async Task<(TimeSpan Time, int Cities)> IngestAsync(BenchmarkServer server)
    {
        using var output = new StringWriter();
        var clock = Stopwatch.StartNew();
        var exit = await IngestCommand.RunAsync(server.Services, ["ingest"], output);
        var time = clock.Elapsed;
        using var client = new HttpClient { BaseAddress = server.Address };
        var stored = (await client.GetFromJsonAsync<List<object>>("/api/cities"))!.Count;
        if (exit != 0)
        {
            Console.Error.WriteLine($"ingest exited {exit}:\n{output}");
        }

        return (time, exit == 0 ? stored : -1);
    }

    private static async Task AddFirstLoadAsync(Figures figures, Uri app, string content)
    {
        var (before, load) = await FirstLoadWeight.MeasureAsync(app);
        figures.Add($"/ with {content}: bytes on the wire before any input (the map's picture), {before.Resources.Count} responses", Figures.Kilobytes(before.WireBytes), "-");
        figures.Add($"/ with {content}: bytes on the wire with the live map (after a first input), {load.Resources.Count} responses", Figures.Kilobytes(load.WireBytes), "≤ 400 KB");
        if (load.PageFailures > 0 || load.OffMachineRequests > 0)
        {
            figures.Add($"/ with {content}: failed requests / requests that tried to leave", $"{load.PageFailures} / {load.OffMachineRequests}", "0 / 0");
        }

        figures.Note($"/ with {content}: {Figures.Kilobytes(before.WireBytes)} on the wire in {before.Resources.Count} responses before any input; with the live map {Figures.Kilobytes(load.WireBytes)} in {load.Resources.Count}");
        foreach (var line in FirstLoadWeight.Breakdown(load))
        {
            figures.Note(line);
        }

        figures.Note("");
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
}
