// Source followed (CSL-JSON input data): the CSL schema, https://github.com/citation-style-language/schema
// (schemas/input/csl-data.json, published as https://resource.citationstyles.org/schema/latest/input/json/csl-data.json):
// an array of items; type "webpage"; "container-title", "URL", "version"; dates as {"date-parts": [[y, m, d]]};
// names as {"literal": "…"} for an organisation.
using System.Text.Json;
using IndustrialAtlas.Web.Citations;

namespace IndustrialAtlas.Web.Tests.Citations;

public sealed class CslJsonCitationTests
{
    [Fact]
    public void A_map_view_is_one_indented_webpage_item()
    {
        Assert.Equal(
            """
            [
              {
                "id": "industrial-atlas-3f2a9c1b0d4e-map-1970-vanadium",
                "type": "webpage",
                "title": "Industrial cities of China in 1970, resource: vanadium",
                "container-title": "Industrial Atlas",
                "publisher": "Industrial Atlas",
                "URL": "https://atlas.example.org/?year=1970&resource=vanadium&edition=3f2a9c1b0d4e",
                "version": "3f2a9c1b0d4e",
                "issued": {
                  "date-parts": [
                    [
                      2026,
                      11,
                      23
                    ]
                  ]
                },
                "accessed": {
                  "date-parts": [
                    [
                      2026,
                      11,
                      24
                    ]
                  ]
                },
                "author": [
                  {
                    "literal": "Industrial Atlas"
                  }
                ]
              }
            ]
            """,
            CitationFormatter.Format(CitationExamples.Map, CitationStyle.CslJson));
    }

    [Fact]
    public void A_city_page_keeps_its_chinese_name_unescaped()
    {
        Assert.Contains(
            "\"title\": \"Panzhihua (攀枝花): history, resources and claims\",",
            CitationFormatter.Format(CitationExamples.City, CitationStyle.CslJson),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("map")]
    [InlineData("city")]
    public void The_json_parses_back_to_the_same_values(string view)
    {
        var item = view == "map" ? CitationExamples.Map : CitationExamples.City;

        using var json = JsonDocument.Parse(CitationFormatter.Format(item, CitationStyle.CslJson));
        var only = Assert.Single(json.RootElement.EnumerateArray());

        Assert.Equal(item.Id, only.GetProperty("id").GetString());
        Assert.Equal("webpage", only.GetProperty("type").GetString());
        Assert.Equal(item.Title, only.GetProperty("title").GetString());
        Assert.Equal(item.ContainerTitle, only.GetProperty("container-title").GetString());
        Assert.Equal(item.Publisher, only.GetProperty("publisher").GetString());
        Assert.Equal(item.Url, only.GetProperty("URL").GetString());
        Assert.Equal(item.Version, only.GetProperty("version").GetString());
        Assert.Equal(item.Issued, DateOf(only.GetProperty("issued")));
        Assert.Equal(item.Accessed, DateOf(only.GetProperty("accessed")));
        Assert.Equal(item.Publisher, Assert.Single(only.GetProperty("author").EnumerateArray()).GetProperty("literal").GetString());
    }

    private static DateOnly DateOf(JsonElement date)
    {
        var parts = Assert.Single(date.GetProperty("date-parts").EnumerateArray()).EnumerateArray().Select(p => p.GetInt32()).ToList();
        return new DateOnly(parts[0], parts[1], parts[2]);
    }
}
