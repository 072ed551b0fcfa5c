// Source followed (CSL-JSON input data): the CSL schema, https://github.com/citation-style-language/schema
// (schemas/input/csl-data.json): an array of items; type "webpage"; "genre", "URL", "version"; dates as
// {"date-parts": [[y, m, d]]}; an organisation's name as {"literal": "…"}.
using System.Text.Json;
using IndustrialAtlas.Web.Citations;

namespace IndustrialAtlas.Web.Tests.Citations;

public sealed class CslJsonCitationTests
{
    [Fact]
    public void The_atlas_is_named_once_as_author_and_not_again_as_publisher_or_container()
    {
        using var json = JsonDocument.Parse(CitationStyles.FormatData(CitationExamples.Map, CitationStyles.CslJson));
        var item = Assert.Single(json.RootElement.EnumerateArray());

        Assert.Equal("Industrial Atlas", Assert.Single(item.GetProperty("author").EnumerateArray()).GetProperty("literal").GetString());
        Assert.False(item.TryGetProperty("publisher", out _));
        Assert.False(item.TryGetProperty("container-title", out _));
        Assert.Equal(1, JsonSerializer.Serialize(item).Split("Industrial Atlas").Length - 1);
    }

    [Theory]
    [MemberData(nameof(CitationExamples.Items), MemberType = typeof(CitationExamples))]
    public void The_json_parses_back_to_the_same_values(string example)
    {
        var expected = CitationExamples.Named(example);

        using var json = JsonDocument.Parse(CitationStyles.FormatData(expected, CitationStyles.CslJson));
        var item = Assert.Single(json.RootElement.EnumerateArray());

        Assert.Equal(expected.Id, item.GetProperty("id").GetString());
        Assert.Equal("webpage", item.GetProperty("type").GetString());
        Assert.Equal(expected.Title, item.GetProperty("title").GetString());
        Assert.Equal(expected.Url, item.GetProperty("URL").GetString());
        Assert.Equal(expected.EditionId, item.GetProperty("version").GetString());
        Assert.Equal(expected.Genre, item.TryGetProperty("genre", out var genre) ? genre.GetString() : null);
        Assert.Equal(expected.Issued, DateOf(item.GetProperty("issued")));
        Assert.Equal(expected.Accessed, DateOf(item.GetProperty("accessed")));
    }

    [Fact]
    public void Chinese_names_and_the_query_string_stay_readable()
    {
        var text = CitationStyles.FormatData(CitationExamples.City, CitationStyles.CslJson);

        Assert.Contains("\"title\": \"Panzhihua (攀枝花): History, resources and claims\",", text, StringComparison.Ordinal);
        Assert.Contains("\"URL\": \"https://atlas.example.org/?year=1970", CitationStyles.FormatData(CitationExamples.Map, CitationStyles.CslJson), StringComparison.Ordinal);
    }

    private static DateOnly DateOf(JsonElement date)
    {
        var parts = Assert.Single(date.GetProperty("date-parts").EnumerateArray()).EnumerateArray().Select(p => p.GetInt32()).ToList();
        return new DateOnly(parts[0], parts[1], parts[2]);
    }
}
