namespace IndustrialAtlas.Content.Tests;

public class AtlasYearTests
{
    [Theory]
    [InlineData("1965", 1965, false)]
    [InlineData("-475", -475, false)]
    [InlineData("~1869", 1869, true)]
    [InlineData(" ~-300 ", -300, true)]
    public void Parses_plain_bce_and_approximate_years(string text, int value, bool approximate)
    {
        Assert.True(AtlasYear.TryParse(text, out var year));
        Assert.Equal(new AtlasYear(value, approximate), year);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("nineteen")]
    [InlineData("1965.5")]
    [InlineData("~")]
    [InlineData("19650")]
    public void Rejects_what_is_not_a_year(string text) => Assert.False(AtlasYear.TryParse(text, out _));

    [Theory]
    [InlineData(1965, false, "1965")]
    [InlineData(-475, false, "475 BCE")]
    [InlineData(1869, true, "c. 1869")]
    public void Formats_for_readers(int value, bool approximate, string expected) =>
        Assert.Equal(expected, new AtlasYear(value, approximate).ToString());

    [Fact]
    public void Round_trips_the_content_notation() =>
        Assert.Equal("~-300", new AtlasYear(-300, true).ToContentString());

    [Theory]
    [InlineData(1958, 1963, false, false, "1958\u20131963")]
    [InlineData(1964, null, false, false, "1964\u2013today")]
    [InlineData(-475, -221, false, false, "475 BCE\u2013221 BCE")]
    [InlineData(1869, 1911, true, false, "c. 1869\u20131911")]
    [InlineData(null, 1911, false, false, "?\u20131911")]
    [InlineData(1970, 1970, false, false, "1970")]
    [InlineData(1970, 1970, true, false, "c. 1970\u20131970")]
    public void Writes_a_span_of_years_one_way_everywhere(int? start, int? end, bool startApproximate, bool endApproximate, string expected) =>
        Assert.Equal(expected, AtlasYear.Span(start, end, startApproximate, endApproximate));
}
