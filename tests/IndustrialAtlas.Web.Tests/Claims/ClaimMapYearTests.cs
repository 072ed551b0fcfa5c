using IndustrialAtlas.Web.Claims;

namespace IndustrialAtlas.Web.Tests.Claims;

public sealed class ClaimMapYearTests
{
    [Theory]
    [InlineData(1970, 1964, 1970)]     // the claim's own year first
    [InlineData(null, 1964, 1964)]     // else the start of its era
    [InlineData(null, null, null)]     // neither: no map year
    [InlineData(-900, null, -475)]     // before the slider's first year: its first year
    [InlineData(2040, null, 2026)]     // after this year: this year
    public void A_claim_opens_the_map_in_its_year_else_its_eras_start_within_the_sliders_range(int? year, int? eraStart, int? expected) =>
        Assert.Equal(expected, ClaimMapYear.Of(year, eraStart, firstYear: -475, now: 2026));
}
