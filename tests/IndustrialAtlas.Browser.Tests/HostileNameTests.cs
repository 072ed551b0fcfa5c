using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace IndustrialAtlas.Browser.Tests;

/// <summary>
/// A city name is text wherever the scripts put it: in the list, the labels, the hover names and the popups of the
/// atlas, and the city page's map. The name here is markup that would make an element if it were ever read as HTML.
/// </summary>
public sealed class HostileNameTests(AtlasBrowser browser) : IClassFixture<AtlasBrowser>
{
    private const string Hostile = "<img class=\"injected\" src=\"x\" onerror=\"document.title='injected'\">";

    [Fact]
    public async Task A_name_made_of_markup_stays_text_in_the_atlas_list_labels_tooltips_and_popups()
    {
        await using var page = await browser.NewPageAsync();
        // The app's own data, with Anshan renamed: the server never sees the name, only the scripts do.
        await page.Page.RouteAsync("**/api/atlas/data.json*", async route =>
        {
            var response = await route.FetchAsync();
            var data = JsonNode.Parse(await response.TextAsync())!;
            var anshan = data["cities"]!.AsArray().Single(c => (string?)c!["slug"] == "anshan")!;
            anshan["name"] = Hostile;
            anshan["formerNames"] = new JsonArray();
            await route.FulfillAsync(new() { Response = response, Body = data.ToJsonString() });
        });
        // Zoomed in on Liaoning, where every city has room for its name.
        await page.GotoAsync("/?year=2000&lat=41.2&lon=123&z=8");
        await page.WaitForMapAsync(2000);

        Assert.Equal(Hostile, (await page.Page.TextContentAsync("#atlas-list li[data-city='anshan'] a"))?.Trim());
        var label = page.Page.Locator(".map-label-text", new() { HasText = "<img" });
        Assert.Equal(Hostile, (await label.TextContentAsync())?.Trim());

        var marker = (await page.DrawnMarkersAsync()).Single(m => m.City == "anshan");
        await page.Page.Mouse.MoveAsync((float)marker.X, (float)marker.Y);
        var tooltip = page.Page.Locator(".leaflet-tooltip.atlas-label");
        await tooltip.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.Equal(Hostile, (await tooltip.TextContentAsync())?.Trim());

        await page.Page.ClickAsync("#atlas-list li[data-city='anshan'] button.show-on-map");
        var popup = page.Page.Locator(".atlas-popup");
        await popup.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.Contains(Hostile, await popup.TextContentAsync() ?? "", StringComparison.Ordinal);

        Assert.Equal(0, await page.Page.Locator("img.injected").CountAsync());
        Assert.NotEqual("injected", await page.Page.TitleAsync());
        Assert.Empty(await LiveMarkupAsync(page.Page));
        page.AssertStayedOnMachine();
    }

    [Fact]
    public async Task A_name_made_of_markup_stays_text_on_the_city_pages_map()
    {
        await using var page = await browser.NewPageAsync();
        // The server escapes the attribute; the script reads it back as the raw string, markup and all.
        await page.Page.RouteAsync("**/cities/anshan", async route =>
        {
            var response = await route.FetchAsync();
            var html = (await response.TextAsync()).Replace("data-name=\"Anshan\"", "data-name=\"" + System.Net.WebUtility.HtmlEncode(Hostile) + "\"", StringComparison.Ordinal);
            await route.FulfillAsync(new() { Response = response, Body = html });
        });
        await page.GotoAsync("/cities/anshan");
        await page.StartLiveMapsAsync();
        await page.Page.WaitForSelectorAsync("#city-map[data-ready='true']", new() { State = WaitForSelectorState.Attached });

        Assert.Equal(Hostile, await page.Page.GetAttributeAsync("#city-map", "data-name"));
        Assert.Equal(Hostile, (await page.Page.TextContentAsync("#city-map .leaflet-tooltip"))?.Trim());
        Assert.Equal(0, await page.Page.Locator("img.injected").CountAsync());
        Assert.Empty(await LiveMarkupAsync(page.Page));
        page.AssertStayedOnMachine();
    }

    /// <summary>Every element of the page that carries an event-handler attribute or a <c>javascript:</c> address.</summary>
    private static async Task<string[]> LiveMarkupAsync(IPage page) => await page.EvaluateAsync<string[]>("""
        () => [...document.querySelectorAll("*")].flatMap((e) => [...e.attributes]
          .filter((a) => a.name.toLowerCase().startsWith("on") || /^\s*javascript:/i.test(a.value))
          .map((a) => `${e.tagName.toLowerCase()} ${a.name}="${a.value}"`))
        """);
}
