using IndustrialAtlas.Web.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IndustrialAtlas.Web.Tests;

public sealed class ImporterTests : IDisposable
{
    private readonly AtlasApplication app = new();

    public ImporterTests() => app.CreateClient().Dispose(); // starts the app, which ingests the fixture content

    public void Dispose() => app.Dispose();

    private async Task<T> WithStore<T>(Func<AtlasDbContext, AtlasImporter, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AtlasDbContext>().PinEditionAsync(null);
        return await action(scope.ServiceProvider.GetRequiredService<AtlasDbContext>(), scope.ServiceProvider.GetRequiredService<AtlasImporter>());
    }

    private Task<IngestOutcome> Ingest() => WithStore((_, importer) => importer.IngestAsync(app.ContentPath));

    private Task<(string Current, int Editions, int Cities, int Claims)> Snapshot() => WithStore(async (db, _) =>
    {
        var edition = await db.PinEditionAsync(null);
        return (edition!.Id, await db.Editions.CountAsync(), await db.Cities.CountAsync(), await db.Claims.CountAsync());
    });

    [Fact]
    public async Task A_valid_set_is_stored_as_the_current_edition()
    {
        var (current, editions, cities, claims) = await Snapshot();

        Assert.Matches("^[0-9a-f]{12}$", current);
        Assert.Equal((1, 2, 4), (editions, cities, claims));
        var sources = await WithStore((db, _) => db.Claims.Where(c => c.Key == "alpha-iron").SelectMany(c => c.Sources).Select(s => s.Key).ToListAsync());
        Assert.Equal(["survey"], sources);
    }

    [Fact]
    public async Task Ingesting_unchanged_content_changes_nothing()
    {
        var before = await Snapshot();

        var outcome = await Ingest();

        Assert.True(outcome.Valid);
        Assert.False(outcome.Published);
        Assert.Equal(before, await Snapshot());
    }

    [Fact]
    public async Task A_broken_set_leaves_the_previous_data_and_edition_in_place()
    {
        var before = await Snapshot();
        app.WriteCity("alpha", app.ReadCity("alpha").Replace("lat: 41.11", "lat: 141.11", StringComparison.Ordinal));
        app.WriteCity("gamma", "no front matter here");

        var outcome = await Ingest();

        Assert.False(outcome.Valid);
        Assert.Equal(
            ["cities/alpha.md:7: city: latitude 141.11 is out of range (-90 to 90)", "cities/gamma.md:1: no front matter: the file must start with a '---' line, the YAML fields, and a closing '---' line"],
            outcome.Problems.Select(p => p.ToString()));
        Assert.Equal(before, await Snapshot());
        var run = await WithStore((db, _) => db.IngestRuns.OrderByDescending(r => r.Id).FirstAsync());
        Assert.False(run.Succeeded);
        Assert.Contains("cities/alpha.md:7:", run.Problems, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_set_becomes_a_new_edition_and_the_old_one_stays_readable()
    {
        var (first, _, _, _) = await Snapshot();
        app.WriteCity("alpha", app.ReadCity("alpha").Replace("figure: 7.5", "figure: 8.1", StringComparison.Ordinal));

        var outcome = await Ingest();

        Assert.True(outcome.Published);
        var (second, editions, cities, _) = await Snapshot();
        Assert.NotEqual(first, second);
        Assert.Equal((2, 2), (editions, cities));
        decimal? FigureIn(AtlasDbContext db) => db.CityResources.Where(r => r.City.Slug == "alpha" && r.Figure != null).Select(r => r.Figure).Single();
        Assert.Equal(8.1m, await WithStore((db, _) => Task.FromResult(FigureIn(db))));
        Assert.Equal(7.5m, await WithStore(async (db, _) =>
        {
            await db.PinEditionAsync(first);
            return FigureIn(db);
        }));
    }

    [Fact]
    public async Task Content_that_returns_to_an_earlier_state_makes_that_edition_current_again()
    {
        var (first, _, _, _) = await Snapshot();
        var original = app.ReadCity("beta");
        app.WriteCity("beta", original.Replace("Beta was built", "Beta was raised", StringComparison.Ordinal));
        await Ingest();

        app.WriteCity("beta", original);
        var outcome = await Ingest();

        var (current, editions, _, _) = await Snapshot();
        Assert.False(outcome.Published);
        Assert.Equal((first, 2), (current, editions));
    }
}
