namespace IndustrialAtlas.Web.Tests.Architecture;

/// <summary>The tests mirror the code: each folder of tests is a folder of src/IndustrialAtlas.Web, and no test class sits outside one.</summary>
public sealed class TestLayoutTests
{
    private static readonly string Tests = Path.Combine(RepositoryRoot.Path, "tests", "IndustrialAtlas.Web.Tests");
    private static readonly string Source = Path.Combine(RepositoryRoot.Path, "src", "IndustrialAtlas.Web");

    // Folders of the test project that are not code: the fixtures' content, and the architecture tests themselves.
    private static readonly string[] NotCode = ["bin", "obj", "Fixtures", "Architecture"];

    [Fact]
    public void Each_folder_of_tests_is_a_folder_of_the_code()
    {
        var folders = Directory.GetDirectories(Tests).Select(Path.GetFileName).Where(f => !NotCode.Contains(f)).ToList();

        Assert.NotEmpty(folders);
        Assert.All(folders, f => Assert.True(Directory.Exists(Path.Combine(Source, f!)), $"tests/IndustrialAtlas.Web.Tests/{f} has no src/IndustrialAtlas.Web/{f}"));
    }

    [Fact]
    public void Test_classes_live_in_the_folder_of_the_code_they_test()
    {
        var loose = Directory.GetFiles(Tests, "*Tests.cs").Select(Path.GetFileName).ToList();

        Assert.True(loose.Count == 0, $"test classes at the top of the test project: {string.Join(", ", loose)}");
    }
}
