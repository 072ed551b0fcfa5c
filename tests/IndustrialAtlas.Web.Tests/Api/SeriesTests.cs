using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using IndustrialAtlas.Web.Atlas;

namespace IndustrialAtlas.Web.Tests.Api;

/// <summary>Series from the fixture profiles: the API, the CSV, the city page's chart, the map's measure and range, and the comparison.</summary>
public sealed partial class SeriesTests(AtlasFixture fixture) : IClassFixture<AtlasFixture>
{
    private readonly HttpClient client = fixture.App.CreateClient();

    [Fact]
    public async Task The_series_api_gives_each_figure_in_the_indicators_unit_with_its_source()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/series?city=alpha&indicator=crude-steel"));
        var series = json.RootElement.GetProperty("series").EnumerateArray().ToList();

        // Two sources that disagree: two series, never an average.
        Assert.Equal(2, series.Count);
        Assert.Equal([true, false], series.Select(s => s.GetProperty("main").GetBoolean()));
        Assert.Equal(["Mt", "10kt"], series.Select(s => s.GetProperty("writtenUnit").GetString()));
        var first = series[0].GetProperty("points").EnumerateArray().ToList();
        Assert.Equal([840_000d, 5_450_000d, 12_300_000d, 20_000_000d], first.Select(p => p.GetProperty("value").GetDouble()));
        Assert.Equal("12.3 Mt in 1983", first[2].GetProperty("label").GetString());
        Assert.Equal("c. 20 Mt in 2010", first[3].GetProperty("label").GetString());
        Assert.True(first[3].GetProperty("approximate").GetBoolean());
        Assert.Equal("Geological survey", first[0].GetProperty("source").GetProperty("title").GetString());
        var second = series[1].GetProperty("points").EnumerateArray().ToList();
        Assert.Equal([5_200_000d, 11_800_000d], second.Select(p => p.GetProperty("value").GetDouble()));
        Assert.Equal("Census bulletin", second[0].GetProperty("source").GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_csv_has_one_row_a_figure_for_several_cities()
    {
        var csv = await client.GetStringAsync("/api/series.csv?city=alpha,beta&indicator=population");
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith("city,city_name,indicator,scope,year,year_approximate,value,unit,approximate,main_series,source", lines[0], StringComparison.Ordinal);
        Assert.Equal(6, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("alpha,Alpha,population,prefecture-level city,1982,no,1210000,people,no,yes,Census bulletin", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("beta,Beta,population,,2020,no,1200000,people,no,yes,City yearbook", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/series?city=gamma", "There is no city \u201cgamma\u201d")]
    [InlineData("/api/series?indicator=gold", "There is no indicator \u201cgold\u201d")]
    [InlineData("/api/series.csv?city=alpha&colour=red", "'colour' is not a parameter")]
    [InlineData("/api/series?city=alpha&city=beta", "Give 'city' and 'indicator' once each")]
    public async Task A_bad_series_query_is_a_400_that_says_what_is_wrong(string url, string message)
    {
        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_city_in_the_api_carries_its_series()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/cities/beta"));
        var series = json.RootElement.GetProperty("series").EnumerateArray().ToList();

        Assert.Equal(["population", "vanadium-products"], series.Select(s => s.GetProperty("indicator").GetProperty("slug").GetString()));
        Assert.Equal("a round figure", series[1].GetProperty("points")[1].GetProperty("note").GetString());
    }

    [Fact]
    public async Task The_city_page_draws_a_chart_for_each_indicator_that_works_without_script()
    {
        var html = await client.GetStringAsync("/cities/alpha");

        var charts = ChartPattern().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["population", "crude-steel"], charts);
        var steel = html[html.IndexOf("id=\"chart-crude-steel\"", StringComparison.Ordinal)..];
        steel = steel[..steel.IndexOf("</figure>", StringComparison.Ordinal)];
        var wide = steel[..steel.IndexOf("</svg>", StringComparison.Ordinal)];
        // Two lines, one per source, each named with its source in the legend.
        Assert.Equal(2, Regex.Count(wide, "<polyline class=\"chart-line\""));
        Assert.Contains("Alpha works (A. Geologist)", steel, StringComparison.Ordinal);
        Assert.Contains("Alpha works (Statistics bureau)", steel, StringComparison.Ordinal);
        // The approximate 2010 figure is a hollow marker, and says so on hover.
        Assert.Single(Regex.Matches(wide, "class=\"chart-point approximate\""));
        Assert.Contains("<title>c. 20 Mt in 2010 (A. Geologist)</title>", steel, StringComparison.Ordinal);
        // National eras behind, the figures as a table and as CSV.
        Assert.Contains("class=\"chart-era era-c", steel, StringComparison.Ordinal);
        Assert.Equal(6, Regex.Count(steel[steel.IndexOf("<tbody>", StringComparison.Ordinal)..], "<tr>"));
        Assert.Contains("href=\"/api/series.csv?city=alpha&amp;indicator=crude-steel\"", steel, StringComparison.Ordinal);
        Assert.Contains("<desc id=\"chart-crude-steel-desc\">", steel, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_chart_is_drawn_wide_and_narrow_and_the_narrow_one_has_fewer_years_on_its_axis()
    {
        var html = await client.GetStringAsync("/cities/alpha");
        var steel = html[html.IndexOf("id=\"chart-crude-steel\"", StringComparison.Ordinal)..];
        steel = steel[..steel.IndexOf("</figure>", StringComparison.Ordinal)];
        var svgs = Regex.Matches(steel, "<svg viewBox=\"0 0 (\\d+) \\d+\"[^>]*class=\"chart-svg chart-(wide|narrow)\".*?</svg>", RegexOptions.Singleline);

        Assert.Equal(["720 wide", "360 narrow"], svgs.Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}"));
        Assert.All(svgs, m => Assert.Equal(2, Regex.Count(m.Value, "<polyline class=\"chart-line\"")));
        Assert.Contains("<desc id=\"chart-crude-steel-narrow-desc\">", steel, StringComparison.Ordinal);
        Assert.Contains("<div class=\"chart-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Chart: Crude steel output, Alpha\">", steel, StringComparison.Ordinal);
        int Years(Match m) => Regex.Count(m.Value, "class=\"chart-tick x\"");
        Assert.InRange(Years(svgs[1]), 3, Years(svgs[0]));
    }

    [Fact]
    public async Task Each_city_chart_links_to_the_comparison_of_its_own_indicator()
    {
        var html = await client.GetStringAsync("/cities/alpha");

        foreach (var indicator in new[] { "population", "crude-steel" })
        {
            var chart = html[html.IndexOf($"id=\"chart-{indicator}\"", StringComparison.Ordinal)..];
            chart = chart[..chart.IndexOf("</figure>", StringComparison.Ordinal)];
            var links = Regex.Matches(chart, "href=\"(/compare[^\"]*)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

            Assert.Equal([$"/compare?cities=alpha&indicator={indicator}"], links);
        }
    }

    [Fact]
    public async Task Compare_draws_several_cities_on_one_chart_with_share_and_csv()
    {
        var html = await client.GetStringAsync("/compare?cities=beta,alpha&indicator=population");

        Assert.Contains("<h1>Population: Beta and Alpha compared</h1>", html, StringComparison.Ordinal);
        var chart = html[html.IndexOf("id=\"chart-compare\"", StringComparison.Ordinal)..];
        Assert.Equal(2, Regex.Count(chart[..chart.IndexOf("</svg>", StringComparison.Ordinal)], "<polyline"));
        Assert.True(chart.IndexOf("Beta (City statistics bureau)", StringComparison.Ordinal) < chart.IndexOf("Alpha, prefecture-level city (Statistics bureau)", StringComparison.Ordinal));
        Assert.Contains("href=\"/api/series.csv?city=beta,alpha&amp;indicator=population\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"share-title\"", html, StringComparison.Ordinal);
        Assert.Matches("/embed/compare\\?cities=beta(,|%2C)alpha&amp;indicator=population&amp;edition=[0-9a-f]{12}", html);

        var embed = await client.GetStringAsync("/embed/compare?cities=beta,alpha&indicator=population");
        Assert.Contains("id=\"chart-compare\"", embed, StringComparison.Ordinal);
        Assert.DoesNotContain("atlas/main.js", embed, StringComparison.Ordinal);
        var cite = await client.GetStringAsync("/cite?url=" + Uri.EscapeDataString("/compare?cities=beta,alpha&indicator=population") + "&style=apa");
        Assert.Contains("Population: Beta and Alpha compared", cite, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/compare?cities=alpha&cities=beta&indicator=population", HttpStatusCode.OK, "Population: Alpha and Beta compared")]
    [InlineData("/compare", HttpStatusCode.OK, "Compare industrial cities of China")]
    [InlineData("/compare?cities=gamma", HttpStatusCode.BadRequest, "There is no city \u201cgamma\u201d")]
    [InlineData("/compare?cities=alpha&indicator=gold", HttpStatusCode.BadRequest, "There is no indicator \u201cgold\u201d")]
    [InlineData("/compare?cities=alpha&sort=name", HttpStatusCode.BadRequest, "'sort' is not part of a comparison")]
    public async Task Compare_reads_its_form_and_names_what_is_wrong(string url, HttpStatusCode status, string text)
    {
        using var response = await client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(text, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [GeneratedRegex("<figure class=\"series-chart\" id=\"chart-[a-z-]+\" data-indicator=\"([a-z-]+)\"")]
    private static partial Regex ChartPattern();
}

/// <summary>The timeline's scale: the industrial era gets four fifths of the width, and the inverse is exact to the year.</summary>
public sealed class TimeScaleTests
{
    [Fact]
    public void Years_before_1850_take_the_first_fifth_and_every_year_maps_back_to_itself()
    {
        var scale = new TimeScale(-475, 2026);

        Assert.Equal(0, scale.Position(-475));
        Assert.Equal(200, scale.Position(1850), 6);
        Assert.Equal(1000, scale.Position(2026));
        Assert.True(scale.Position(1949) - scale.Position(1948) > 4, "a year after 1850 is several thousandths wide");
        for (var year = 1850; year <= 2026; year++)
        {
            Assert.Equal(year, scale.YearAt(scale.Position(year)));
        }

        Assert.Equal(1, scale.YearAt(scale.Position(1)));
    }

    [Fact]
    public void A_city_timeline_lays_its_phases_out_on_the_sliders_scale()
    {
        var scale = new TimeScale(-475, 2026);
        var timeline = IndustrialAtlas.Web.Pages.Cities.CityTimeline.Layout(scale,
            [new("warring-states", "Warring States", -475, -221, 0), new("third-front", "Third Front", 1964, 1980, 1)],
            [new("Ironworks", 1850, false, 1950, false, "third-front"), new("Steel town", 1964, true, null, false, "third-front")]);

        Assert.Equal(["0", "200"], timeline.Phases.Select(p => p.X).Prepend(timeline.Eras[0].X).Take(2));
        Assert.Equal(TimeScale.Units(scale.Position(1950) - 200), timeline.Phases[0].W);
        Assert.Equal(TimeScale.Units(scale.Position(1964)), timeline.Eras[1].X);
        Assert.Equal(TimeScale.Units(scale.Position(1964)), timeline.Phases[1].X);
        Assert.Equal(TimeScale.Units(1000 - scale.Position(1964)), timeline.Phases[1].W);
        Assert.Equal(scale.Ticks().Select(t => (t.X, t.Label)), timeline.Ticks.Select(t => (t.X, t.Label)));
        // On a phone the year 1000, crowding 475 BCE, gives way; the ends and 1850 stay.
        Assert.Equal(["1000"], timeline.Ticks.Where(t => t.Minor).Select(t => t.Label));
    }

    [Fact]
    public void A_short_timeline_is_not_compressed()
    {
        var scale = new TimeScale(1900, 2000);

        Assert.False(scale.Compressed);
        Assert.Equal(500, scale.Position(1950), 6);
    }

    [Fact]
    public void Measure_markers_have_areas_proportional_to_their_figures()
    {
        var quarter = MeasureScale.Radius(25, 100);
        var full = MeasureScale.Radius(100, 100);

        Assert.Equal(MeasureScale.MaxRadius, full, 6);
        Assert.Equal(4, full * full / (quarter * quarter), 6);
        Assert.Equal([20_000_000d, 5_000_000d, 1_250_000d], MeasureScale.LegendValues(20_000_000));
        Assert.Equal([5_000_000d, 1_250_000d, 312_500d], MeasureScale.LegendValues(7_300_000));
    }
}
