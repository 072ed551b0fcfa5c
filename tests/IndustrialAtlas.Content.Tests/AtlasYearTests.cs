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
}
