using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Playwright;

namespace IndustrialAtlas.Browser.Tests;

/// <summary>What the page shows: the map's year, its markers and basemap as drawn, the list, the count, the view.</summary>
public sealed partial class AtlasPage
{

    public async Task<int> DrawnYearAsync() =>
        int.Parse((await Page.GetAttributeAsync("#atlas-map", "data-year"))!, CultureInfo.InvariantCulture);

    /// <summary>
    /// Markers are pixels on one canvas: each marker layer on the map has the colour of its era's slider band, and
    /// where it lies inside the map's view the canvas must show that colour at its centre. The colour names the era; a
    /// marker in a colour no era has, or not drawn where it should be, reads era "".
    /// </summary>
    private const string DrawnMarkersScript = """
        mapElement => {
          const map = window.atlasMap;
          const canvas = mapElement.querySelector('canvas');
          if (!map || !canvas) return [];
          const context = canvas.getContext('2d');
          const mapBox = mapElement.getBoundingClientRect();
          const canvasBox = canvas.getBoundingClientRect();
          const scale = canvas.width / canvasBox.width;
          const eras = new Map([...document.querySelectorAll('.era-band')].map(b => [getComputedStyle(b).fill, b.dataset.era]));
          const rows = [];
          map.eachLayer(layer => {
            if (!layer.options.city) return;
            const point = map.latLngToContainerPoint(layer.getLatLng());
            const x = mapBox.left + mapElement.clientLeft + point.x;
            const y = mapBox.top + mapElement.clientTop + point.y;
            const colour = layer.options.fillColor;
            const inView = point.x >= 0 && point.y >= 0 && point.x < mapElement.clientWidth && point.y < mapElement.clientHeight;
            const [r, g, b, a] = context.getImageData(Math.floor((x - canvasBox.left) * scale), Math.floor((y - canvasBox.top) * scale), 1, 1).data;
            const drawn = !inView || (a === 255 && `rgb(${r}, ${g}, ${b})` === colour);
            rows.push([layer.options.city, drawn ? eras.get(colour) ?? '' : '', String(x), String(y)]);
          });
          return rows;
        }
        """;

    public Task<IReadOnlyList<DrawnMarker>> DrawnMarkersAsync() => DrawnMarkersAsync(Page.Locator("#atlas-map"));

    /// <summary>The markers the map in <paramref name="map"/> (an <c>#atlas-map</c>, in a page or a frame) draws, by city.</summary>
    /// <remarks>
    /// The map says it is ready once its layers are set; the canvas paints them on a later animation frame, which a
    /// busy machine delays. The markers are read again until the canvas shows every one of them (or the ceiling ends
    /// the wait, when a marker that is not drawn reads era "" and the test says so).
    /// </remarks>
    public static async Task<IReadOnlyList<DrawnMarker>> DrawnMarkersAsync(ILocator map)
    {
        var rows = await AtlasPage.SettleAsync(() => map.EvaluateAsync<string[][]>(DrawnMarkersScript), r => r.All(row => row[1].Length > 0));
        return [.. rows
            .Select(r => new DrawnMarker(r[0], r[1], double.Parse(r[2], CultureInfo.InvariantCulture), double.Parse(r[3], CultureInfo.InvariantCulture)))
            .OrderBy(m => m.City, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The basemap's colour ("r,g,b") at each place, read from its canvas where the map shows the place. The canvas
    /// shows pictures painted elsewhere (a bitmap renderer), so its pixels are read from a copy.
    /// </summary>
    public async Task<string[]> BasemapColoursAsync(params (double Lat, double Lon)[] places) =>
        await Page.EvaluateAsync<string[]>("""
            places => {
              const map = window.atlasMap;
              const canvas = document.querySelector('.leaflet-basemap-pane canvas');
              if (!canvas) return [];
              const copy = document.createElement('canvas');
              copy.width = canvas.width;
              copy.height = canvas.height;
              const context = copy.getContext('2d');
              context.drawImage(canvas, 0, 0);
              const canvasBox = canvas.getBoundingClientRect();
              const mapBox = document.getElementById('atlas-map').getBoundingClientRect();
              const scale = canvas.width / canvasBox.width;
              return places.map(([lat, lon]) => {
                const p = map.latLngToContainerPoint([lat, lon]);
                const d = context.getImageData(Math.floor((mapBox.left + p.x - canvasBox.left) * scale), Math.floor((mapBox.top + p.y - canvasBox.top) * scale), 1, 1).data;
                return `${d[0]},${d[1]},${d[2]}`;
              });
            }
            """, places.Select(p => new[] { p.Lat, p.Lon }).ToArray());

    public async Task<IReadOnlyList<Marker>> MarkersAsync() => [.. (await DrawnMarkersAsync()).Select(m => new Marker(m.City, m.Era))];

    public async Task<IReadOnlyList<string>> ListAsync() =>
        [.. (await Page.EvalOnSelectorAllAsync<string[]>("#atlas-list > li", "els => els.map(e => e.getAttribute('data-city') ?? '')")).Order(StringComparer.Ordinal)];

    /// <summary>Reads <c>#atlas-count</c>, "N of M cities".</summary>
    public async Task<(int Shown, int Total)> CountAsync()
    {
        var text = (await Page.TextContentAsync("#atlas-count"))?.Trim() ?? "";
        var match = CountText().Match(text);
        Assert.True(match.Success, $"#atlas-count reads '{text}', not 'N of M cities'");
        return (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>The query of the page's current URL (as the script last wrote it).</summary>
    public IReadOnlyDictionary<string, string> Query =>
        QueryHelpers.ParseQuery(new Uri(Page.Url).Query).ToDictionary(p => p.Key, p => p.Value.ToString());

    public async Task<MapView> MapViewAsync()
    {
        var view = await Page.EvaluateAsync<double[]>("() => { const c = window.atlasMap.getCenter(); return [c.lat, c.lng, window.atlasMap.getZoom()]; }");
        return new MapView(view[0], view[1], view[2]);
    }

    public async Task<string> ValueAsync(string selector) => await Page.InputValueAsync(selector);
}
