using ArchUnitNET.Fluent.Slices;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace IndustrialAtlas.Web.Tests.Architecture;

/// <summary>
/// The web project's folders in layers, each using only those below it: settings; the store; editions; the atlas's
/// views of the data (map, charts, claims, citations); ingest and sharing; the pages and the API; the host that
/// assembles them. A folder reaching up, or two folders reaching each other, fails here with the types that do it.
/// Razor views (.cshtml) compile to their own namespace and are not checked; their page models are.
/// </summary>
public sealed class LayeringTests
{
    private static readonly ArchUnitNET.Domain.Architecture Atlas = new ArchLoader().LoadAssemblies(typeof(Program).Assembly).Build();

    /// <summary>Each folder with its layer: a folder may use its own and lower layers only.</summary>
    public static readonly IReadOnlyDictionary<string, int> Layers = new Dictionary<string, int>
    {
        ["Settings"] = 0,
        ["Store"] = 1,
        ["Editions"] = 2,
        ["Charts"] = 3,
        ["Claims"] = 3,
        ["Citations"] = 3,
        ["Sites"] = 3,
        ["Atlas"] = 4,
        ["Ingest"] = 5,
        ["Sharing"] = 5,
        ["Pages"] = 6,
        ["Api"] = 7,
        ["Hosting"] = 8,
    };

    public static TheoryData<string> Folders() => [.. Layers.Keys];

    [Fact]
    public void No_two_folders_reach_each_other()
    {
        SliceRuleDefinition.Slices().Matching("IndustrialAtlas.Web.(*)..").Should().BeFreeOfCycles().Check(Atlas);
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void A_folder_uses_only_the_layers_below_it(string folder)
    {
        var above = Layers.Where(l => l.Key != folder && l.Value >= Layers[folder]).Select(l => $"IndustrialAtlas.Web.{l.Key}").ToArray();
        if (above.Length == 0)
        {
            return;
        }

        Types().That().ResideInNamespaceMatching($@"^IndustrialAtlas\.Web\.{folder}(\..*)?$")
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching($@"^({string.Join("|", above.Select(System.Text.RegularExpressions.Regex.Escape))})(\..*)?$")
            .Check(Atlas);
    }

    [Fact]
    public void Every_folder_of_the_web_project_has_its_layer()
    {
        var folders = Directory.GetDirectories(Path.Combine(RepositoryRoot.Path, "src", "IndustrialAtlas.Web"))
            .Select(Path.GetFileName)
            .Where(f => f is not ("bin" or "obj" or "Properties"))
            .Where(f => Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src", "IndustrialAtlas.Web", f!), "*.cs", SearchOption.AllDirectories).Any());

        Assert.All(folders, f => Assert.True(Layers.ContainsKey(f!), $"src/IndustrialAtlas.Web/{f} has no layer in LayeringTests.Layers"));
    }
}
