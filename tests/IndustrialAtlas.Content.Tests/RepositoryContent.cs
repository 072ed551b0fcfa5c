namespace IndustrialAtlas.Content.Tests;

/// <summary>Finds the checkout's own <c>content/</c> folder and the source essays beside the checkout.</summary>
internal static class RepositoryContent
{
    public static string Root { get; } = FindRoot();

    public static string ContentPath => Path.Combine(Root, "content");

    public static string SeedsPath => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

    /// <summary>
    /// The source essays lie outside the repository: a clone with nothing beside it has none, and a test that reads
    /// them reports itself skipped there, saying why. CI has them beside the clone, so there a missing folder fails.
    /// </summary>
    public static string[] Essays()
    {
        var present = Directory.Exists(SeedsPath) && Directory.GetFiles(SeedsPath, "*.txt").Length > 0;
        if (!present && Environment.GetEnvironmentVariable("CI") is not { Length: > 0 })
        {
            throw new SkipException($"the source essays are not beside this checkout ({SeedsPath} has no *.txt); they live in the shared folder next to the repository");
        }

        Assert.True(present, $"CI runs with the source essays beside the checkout, but {SeedsPath} has none");
        return Directory.GetFiles(SeedsPath, "*.txt");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IndustrialAtlas.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("IndustrialAtlas.sln not found above " + AppContext.BaseDirectory);
    }
}
