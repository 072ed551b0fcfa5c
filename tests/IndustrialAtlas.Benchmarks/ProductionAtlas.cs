namespace IndustrialAtlas.Benchmarks;

/// <summary>
/// The atlas as production runs it: the Web project's own build output (a project reference of this benchmark, so
/// <c>-c Release</c> builds it in Release), a process of its own, the Production environment with its appsettings
/// (request logging included), a SQLite file of its own, and the content ingested at start.
/// </summary>
internal static class ProductionAtlas
{
    /// <summary>src/IndustrialAtlas.Web/bin/&lt;configuration&gt;/&lt;framework&gt;/IndustrialAtlas.Web.dll, in this benchmark's configuration.</summary>
    public static string Assembly { get; } = FindAssembly();

    /// <summary>The configuration both this benchmark and the atlas were built in (Release unless told otherwise).</summary>
    public static string Configuration => Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(Assembly))!);

    public static Task<ServerProcess> StartAsync(string contentPath, string databasePath, string logFile) =>
        ServerProcess.StartAsync(Assembly, [], new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Atlas"] = $"Data Source={databasePath}",
            ["Atlas__ContentPath"] = contentPath,
            ["Atlas__IngestOnStart"] = "true",
        }, "/", logFile);

    private static string FindAssembly()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var file = Path.Combine(RepositoryRoot.Path, "src", "IndustrialAtlas.Web", "bin", output.Parent!.Name, output.Name, "IndustrialAtlas.Web.dll");
        return File.Exists(file) ? file : throw new FileNotFoundException("the atlas's build output is missing; build the benchmark project first", file);
    }
}
