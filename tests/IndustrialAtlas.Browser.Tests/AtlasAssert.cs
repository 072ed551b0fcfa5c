namespace IndustrialAtlas.Browser.Tests;

internal static class AtlasAssert
{
    /// <summary>One marker per expected city, none other, each drawn in the era of one of its phases that covers the year.</summary>
    public static void ShowsExactly(IReadOnlyList<ShownCity> expected, IReadOnlyList<Marker> markers)
    {
        Assert.Equal(expected.Select(c => c.Slug), markers.Select(m => m.City));
        foreach (var (city, marker) in expected.Zip(markers))
        {
            Assert.True(city.Eras.Contains(marker.Era), $"marker {marker.City} has data-era '{marker.Era}', expected one of: {string.Join(", ", city.Eras)}");
        }
    }
}
