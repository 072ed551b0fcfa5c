using System.Collections.Frozen;
using IndustrialAtlas.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace IndustrialAtlas.Web.Tests.Hosting;

/// <summary>Only an address under one of the web root's own top-level names is looked up on disk.</summary>
public sealed class StaticFileRootsTests
{
    private static readonly FrozenSet<string> Roots = new[] { "css", "js", "lib", "favicon.ico", "favicon.svg" }.ToFrozenSet(StringComparer.Ordinal);

    [Theory]
    [InlineData("/css/site.css", true)]
    [InlineData("/js/atlas/main.js", true)]
    [InlineData("/favicon.ico", true)]
    [InlineData("/lib", true)]
    [InlineData("/cities/anshan", false)]
    [InlineData("/api/atlas.geojson", false)]
    [InlineData("/", false)]
    [InlineData("/cssx/site.css", false)]
    [InlineData("/CSS/site.css", false)]
    [InlineData("/favicon.ico.bak", false)]
    public void An_address_may_be_a_file_only_under_a_top_level_name(string path, bool expected) =>
        Assert.Equal(expected, AtlasStaticFiles.MayBeFile(new PathString(path), Roots));
}
