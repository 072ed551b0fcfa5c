using IndustrialAtlas.Web.Ingest;
using IndustrialAtlas.Web.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IndustrialAtlas.Web.Tests.Ingest;

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
    public async Task Every_row_reads_back_as_the_content_gave_it()
    {
        var content = IndustrialAtlas.Content.ContentLoader.Load(app.ContentPath).Set!;

        var stored = await WithStore(async (db, _) => await db.Cities
            .Include(c => c.Claims).ThenInclude(c => c.Sources).Include(c => c.Claims).ThenInclude(c => c.Era).Include(c => c.Claims).ThenInclude(c => c.Resource)
            .Include(c => c.Resources).ThenInclude(r => r.Sources).Include(c => c.Resources).ThenInclude(r => r.Resource)
            .Include(c => c.Phases).ThenInclude(p => p.Era).Include(c => c.FormerNames).Include(c => c.Sources)
            .Include(c => c.Series).ThenInclude(s => s.Points).ThenInclude(p => p.Source).Include(c => c.Series).ThenInclude(s => s.Indicator)
            .AsSplitQuery().ToListAsync());

        // Each city, and in it every claim, resource, phase, name, source and point, with the values the profile gave.
        Assert.Equal(content.Cities.Select(c => c.Slug).Order(), stored.Select(c => c.Slug).Order());
        foreach (var profile in content.Cities)
        {
            var city = stored.Single(c => c.Slug == profile.Slug);
            Assert.Equal((profile.Name, profile.Latitude, profile.Longitude, profile.Population.Value), (city.Name, city.Latitude, city.Longitude, city.Population));
            Assert.Equal(profile.Sources.Select(s => (s.Id, s.Title, s.Kind)), city.Sources.OrderBy(s => s.Id).Select(s => (s.Key, s.Title, s.Kind)));
            Assert.Equal(
                profile.Claims.Select(c => (c.Id, c.Support, c.Year?.Value, c.EraSlug, c.ResourceSlug, string.Join(",", c.SourceIds.Distinct().Order()))),
                city.Claims.OrderBy(c => c.Position).Select(c => (c.Key, c.Support, c.Year, c.Era?.Slug, c.Resource?.Slug, string.Join(",", c.Sources.Select(s => s.Key).Order()))));
            Assert.Equal(
                profile.Resources.Select(r => (r.ResourceSlug, r.Figure, r.Unit, string.Join(",", r.SourceIds.Distinct().Order()))),
                city.Resources.OrderBy(r => r.Position).Select(r => (r.Resource.Slug, r.Figure, r.Unit, string.Join(",", r.Sources.Select(s => s.Key).Order()))));
            Assert.Equal(profile.Phases.Select(p => (p.Title, p.EraSlug, p.Start.Value, p.End?.Value)), city.Phases.OrderBy(p => p.Position).Select(p => (p.Title, p.Era.Slug, p.Start, p.End)));
            Assert.Equal(profile.FormerNames.Select(n => n.Name), city.FormerNames.OrderBy(n => n.Id).Select(n => n.Name));
            Assert.Equal(
                profile.Series.SelectMany(s => s.Points.Select(p => (s.IndicatorSlug, p.Year.Value, p.Value, p.SourceId))),
                city.Series.OrderBy(s => s.Position).SelectMany(s => s.Points.OrderBy(p => p.Id).Select(p => (s.Indicator.Slug, p.Year, p.Value, p.Source.Key))));
        }

        // Stored as SaveChanges stores them: a claim's support as its word.
        var words = await WithStore((db, _) => db.Database.SqlQueryRaw<string>("SELECT \"Support\" AS \"Value\" FROM \"Claims\"").ToListAsync());
        Assert.All(words, w => Assert.Contains(w, Enum.GetNames<IndustrialAtlas.Content.Support>()));
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
