namespace IndustrialAtlas.Content.Tests;

/// <summary>Finds the checkout's own <c>content/</c> folder and the source essays beside the checkout.</summary>
internal static class RepositoryContent
{
    public static string Root { get; } = FindRoot();

    public static string ContentPath => Path.Combine(Root, "content");

    public static string SeedsPath => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

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
