namespace IndustrialAtlas.Benchmarks;

/// <summary>
/// From process start until <c>/</c> answers 200, with the real content: on a fresh store (the SQLite file is created,
/// migrated and the content ingested) and on a store that already holds the current edition (nothing to publish).
/// </summary>
internal static class StartupTiming
{
    private const int Runs = 3;

    /// <summary>Adds the figures and returns the atlas of the last start, still serving, for the figures that follow.</summary>
    public static async Task<ServerProcess> AddAsync(Figures figures, string contentPath, string folder)
    {
        figures.Section($"start-up with the real content ({ProductionAtlas.Configuration} build, Production, its own process)");
        var database = "";
        var fresh = new List<TimeSpan>();
        for (var i = 1; i <= Runs; i++)
        {
            database = Path.Combine(folder, $"fresh-{i}.db");
            await using var atlas = await ProductionAtlas.StartAsync(contentPath, database, Path.Combine(folder, $"fresh-{i}.log"));
            fresh.Add(atlas.StartupTime);
        }

        var existing = new List<TimeSpan>();
        ServerProcess? last = null;
        for (var i = 1; i <= Runs; i++)
        {
            if (last is not null)
            {
                await last.DisposeAsync();
            }

            last = await ProductionAtlas.StartAsync(contentPath, database, Path.Combine(folder, $"existing-{i}.log"));
            existing.Add(last.StartupTime);
        }

        figures.Add($"fresh store (create, migrate, ingest): median of {Runs} (each)", Describe(fresh), "≤ 1.5 s");
        figures.Add($"store holding the current edition: median of {Runs} (each)", Describe(existing), "≤ 1.5 s");
        return last!;
    }

    private static string Describe(List<TimeSpan> times) =>
        $"{Figures.Seconds(times.Order().ElementAt(times.Count / 2))} ({string.Join(", ", times.Select(t => Figures.Seconds(t).Replace(" s", "", StringComparison.Ordinal)))})";
}
