namespace IndustrialAtlas.Web.Hosting;

/// <summary>
/// Finds the atlas root: the nearest folder, from the app's own folder upwards, that holds both
/// <c>content/</c> and <c>wwwroot/</c>. In a checkout that is the repository; in a published app, the
/// publish folder. So the app finds its content and web root whatever the current directory is.
/// </summary>
internal static class AtlasRoot
{
    public static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, "content")) && Directory.Exists(Path.Combine(dir.FullName, "wwwroot")))
                {
                    return dir.FullName;
                }
            }
        }

        return AppContext.BaseDirectory;
    }

    /// <summary>An absolute path as is; a relative one under the root.</summary>
    public static string Resolve(string root, string path) => Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(root, path));
}
