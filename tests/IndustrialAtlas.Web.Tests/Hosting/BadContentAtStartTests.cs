using System.Net;
using IndustrialAtlas.Web.Ingest;
using Microsoft.Extensions.DependencyInjection;

namespace IndustrialAtlas.Web.Tests.Hosting;

/// <summary>Content that breaks after an edition is stored (unreadable, looping, emptied) never takes the stored edition down.</summary>
public sealed class BadContentAtStartTests : StoredEditionScenario
{
    [Fact]
    public async Task Broken_content_at_start_leaves_the_stored_edition_serving()
    {
        var (file, content) = StoredEdition();
        using var app = On($"Data Source={file};Pooling=False", content);
        app.WriteCity("alpha", app.ReadCity("alpha").Replace("summary: A fixture steel city in the northeast.", "summary: " + new string('[', 40_000), StringComparison.Ordinal));
        app.WriteCity("beta", app.ReadCity("beta") + "\n" + new string('>', 130) + " deep\n");
        using var client = await app.StartedClientAsync();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/cities/alpha")).StatusCode);
        var status = WebUtility.HtmlDecode(await client.GetStringAsync("/status"));
        Assert.Contains("cities/alpha.md:10: YAML nested more than 32 levels deep", status, StringComparison.Ordinal);
        Assert.Contains("cities/beta.md:", status, StringComparison.Ordinal);
        Assert.Contains("the current edition keeps serving", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_looping_taxonomy_at_start_is_a_problem_and_the_stored_edition_serves()
    {
        var (file, source) = StoredEdition();
        using var app = On($"Data Source={file};Pooling=False", source);
        var content = app.ContentPath;
        File.Move(Path.Combine(content, "eras.yml"), Path.Combine(content, "eras-kept.yml"));
        File.CreateSymbolicLink(Path.Combine(content, "eras.yml"), Path.Combine(content, "eras-loop.yml"));
        File.CreateSymbolicLink(Path.Combine(content, "eras-loop.yml"), Path.Combine(content, "eras.yml"));
        using var client = await app.StartedClientAsync();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/cities/beta")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        var status = WebUtility.HtmlDecode(await client.GetStringAsync("/status"));
        Assert.Contains("eras.yml:1: is a symbolic link that cannot be followed", status, StringComparison.Ordinal);
        Assert.Contains("cities/:1: the city profiles were not checked, as eras.yml could not be read", status, StringComparison.Ordinal);
        Assert.Contains("the current edition keeps serving", status, StringComparison.Ordinal);
        // A content problem is not a store fault: nothing at critical level, no advice to delete the store.
        Assert.DoesNotContain(app.Logs.Events, e => e.Level >= Serilog.Events.LogEventLevel.Fatal);
    }

    [Fact]
    public async Task A_content_folder_emptied_after_publishing_publishes_nothing()
    {
        using var client = First.CreateClient();
        Directory.Delete(Path.Combine(First.ContentPath, "cities"), recursive: true);
        await using (var scope = First.Services.CreateAsyncScope())
        {
            Assert.False((await scope.ServiceProvider.GetRequiredService<AtlasImporter>().IngestAsync(First.ContentPath)).Valid);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/cities/alpha")).StatusCode);
        Assert.Contains("no city profiles", WebUtility.HtmlDecode(await client.GetStringAsync("/status")), StringComparison.Ordinal);
    }

}
