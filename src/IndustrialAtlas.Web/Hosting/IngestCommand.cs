using IndustrialAtlas.Web.Ingest;
using IndustrialAtlas.Web.Settings;
using IndustrialAtlas.Web.Store;
using Microsoft.Extensions.Options;

namespace IndustrialAtlas.Web.Hosting;

/// <summary>
/// <c>ingest [--check]</c>: checks the content and, without <c>--check</c>, publishes it. Exits 0 when the
/// content is valid, 1 when it has problems (each printed as <c>file:line: message</c>), 2 on bad usage.
/// </summary>
public static class IngestCommand
{
    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == "ingest";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var unknown = args.Skip(1).Where(a => a != "--check").ToList();
        if (unknown.Count > 0)
        {
            await output.WriteLineAsync($"unknown option {unknown[0]}; usage: ingest [--check]");
            return 2;
        }

        var checkOnly = args.Contains("--check");
        await using var scope = services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<AtlasOptions>>().Value;
        if (!checkOnly)
        {
            try
            {
                await scope.ServiceProvider.GetRequiredService<AtlasDbContext>().MigrateAtlasSchemaAsync();
            }
            catch (Exception e) when (StoreFaults.IsStoreFault(e))
            {
                await output.WriteLineAsync(StoreFaults.Describe(e));
                return 1;
            }
        }

        var outcome = await scope.ServiceProvider.GetRequiredService<AtlasImporter>().IngestAsync(options.ContentPath, checkOnly);
        foreach (var problem in outcome.Problems)
        {
            await output.WriteLineAsync(problem.ToString());
        }

        await output.WriteLineAsync(
            !outcome.Valid ? $"{options.ContentPath}: {outcome.Problems.Count} problem(s); nothing stored"
            : outcome.StoreFailure is { } failure ? $"{options.ContentPath}: valid, but {failure}"
            : checkOnly ? $"{options.ContentPath}: valid (edition {outcome.EditionId}, not stored)"
            : outcome.Published ? $"{options.ContentPath}: valid (edition {outcome.EditionId}, published)"
            : outcome.Switched ? $"{options.ContentPath}: valid (edition {outcome.EditionId}, stored before, current again)"
            : $"{options.ContentPath}: valid (edition {outcome.EditionId}, unchanged)");
        return outcome.Succeeded ? 0 : 1;
    }
}
