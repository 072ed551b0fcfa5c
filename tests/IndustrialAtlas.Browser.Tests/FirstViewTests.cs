using Microsoft.Playwright;

namespace IndustrialAtlas.Browser.Tests;

/// <summary>
/// The atlas page and a city page show a picture of their map until the reader's first input, then load Leaflet and
/// the live map (js/first-view.js): a reader who only looks costs the phone nothing more, and the live map takes over
/// from the picture without anything moving.
/// </summary>
public sealed class FirstViewTests(AtlasBrowser browser) : IClassFixture<AtlasBrowser>
{
    private const string Picture = "canvas.first-view[data-drawn]";

    /// <summary>A copy of the picture's pixels, kept for after it is gone.</summary>
    private const string KeepPicture = """
        () => {
            const picture = document.querySelector("#atlas-map canvas.first-view");
            const copy = document.createElement("canvas");
            copy.width = picture.width; copy.height = picture.height;
            copy.getContext("2d").drawImage(picture, 0, 0);
            window.keptPicture = { copy, ratio: picture.width / picture.clientWidth };
        }
        """;

    /// <summary>
    /// For each marker of the live map that no name covers: its city, its fill colour, and the picture's pixel at its
    /// centre (solid markers only: with a measure they are translucent or hollow).
    /// </summary>
    private const string MarkersOnPicture = """
        () => {
            const { copy, ratio } = window.keptPicture;
            const ctx = copy.getContext("2d");
            const box = document.getElementById("atlas-map").getBoundingClientRect();
            const names = [...document.querySelectorAll(".map-label:not([hidden]) .map-label-text")].map((e) => e.getBoundingClientRect());
            const rows = [];
            window.atlasMap.eachLayer((layer) => {
                if (!layer.options.city || !layer._map) return;
                const p = window.atlasMap.latLngToContainerPoint(layer.getLatLng());
                if (names.some((n) => n.left <= box.left + p.x && box.left + p.x <= n.right && n.top <= box.top + p.y && box.top + p.y <= n.bottom)) return;
                const [r, g, b] = ctx.getImageData(Math.round(p.x * ratio), Math.round(p.y * ratio), 1, 1).data;
                rows.push([layer.options.city, layer.options.fillColor, `rgb(${r}, ${g}, ${b})`]);
            });
            return rows;
        }
        """;

    private const string LiveNames = """
        () => [...document.querySelectorAll(".map-label:not([hidden]) .map-label-text")]
            .map((e) => `${e.dataset.city}:${e.parentElement.classList.contains("left") ? "left" : "right"}`).sort()
        """;

    [Theory]
    [InlineData("/", 1366, 900)]
    [InlineData("/", 390, 844)]
    [InlineData("/?year=2018&measure=crude-steel", 1366, 900)]
    [InlineData("/?year=1958&resource=iron-ore", 390, 844)]
    public async Task Until_the_first_input_the_map_is_a_picture_of_the_same_view_and_the_live_map_takes_over_without_a_jump(string path, int width, int height)
    {
        await using var page = await browser.OpenAsync(path, width, height);
        await page.Page.WaitForSelectorAsync("#atlas-map " + Picture, new() { State = WaitForSelectorState.Attached });
        Assert.Equal("awaited", await page.Page.GetAttributeAsync("html", "data-first-input"));
        Assert.Equal("undefined", await page.Page.EvaluateAsync<string>("() => typeof window.L"));
        Assert.DoesNotContain(page.AppRequests, r => r.Contains("/lib/leaflet/leaflet.js", StringComparison.Ordinal));
        var shown = await page.Page.Locator("#atlas-list > li").CountAsync();
        Assert.Equal(shown.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.Page.GetAttributeAsync("#atlas-map " + Picture, "data-drawn"));
        var pictureNames = (await page.Page.GetAttributeAsync("#atlas-map " + Picture, "data-named"))!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToList();
        await page.Page.EvaluateAsync(KeepPicture);

        await page.WaitForMapAsync();

        Assert.Contains(page.AppRequests, r => r.Contains("/lib/leaflet/leaflet.js", StringComparison.Ordinal));
        Assert.Equal(0, await page.Page.Locator("canvas.first-view").CountAsync());
        // The same names on the same sides: the same frame, the same spread of markers, the same choice of names.
        Assert.Equal(pictureNames, await page.Page.EvaluateAsync<string[]>(LiveNames));
        Assert.NotEmpty(pictureNames);
        // Where the live map has each marker, the picture had that marker's colour.
        var markers = await page.Page.EvaluateAsync<string[][]>(MarkersOnPicture);
        Assert.True(markers.Length >= shown / 2, $"only {markers.Length} of {shown} markers lie clear of the names");
        var solid = !path.Contains("measure=", StringComparison.Ordinal);
        var misplaced = markers.Where(m => solid && m[1] != m[2]).Select(m => $"{m[0]}: {m[2]} where the live map has {m[1]}").ToList();
        Assert.True(misplaced.Count == 0, $"markers the picture drew elsewhere on {path} at {width} px:\n" + string.Join('\n', misplaced));
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task A_key_press_starts_the_live_map_as_a_pointer_does()
    {
        await using var page = await browser.OpenAsync("/", 1366, 900);
        await page.Page.WaitForSelectorAsync("#atlas-map " + Picture, new() { State = WaitForSelectorState.Attached });

        await page.Page.Keyboard.PressAsync("Tab");

        await page.Page.WaitForSelectorAsync("#atlas-map[data-ready='true']", new() { State = WaitForSelectorState.Attached });
        Assert.Equal("seen", await page.Page.GetAttributeAsync("html", "data-first-input"));
    }

    [Fact]
    public async Task A_city_page_shows_its_map_as_a_picture_until_the_first_input()
    {
        await using var page = await browser.OpenAsync("/cities/anshan", 390, 844);
        await page.Page.WaitForSelectorAsync("#city-map " + Picture, new() { State = WaitForSelectorState.Attached });
        Assert.Equal("undefined", await page.Page.EvaluateAsync<string>("() => typeof window.L"));
        Assert.Equal("city:right", await page.Page.GetAttributeAsync("#city-map " + Picture, "data-named"));

        await page.StartLiveMapsAsync();

        await page.Page.WaitForSelectorAsync("#city-map[data-ready='true']", new() { State = WaitForSelectorState.Attached });
        Assert.Equal(0, await page.Page.Locator("canvas.first-view").CountAsync());
        Assert.Equal("Anshan", (await page.Page.TextContentAsync("#city-map .leaflet-tooltip"))?.Trim());
        Assert.Empty(page.Errors);
    }
}
