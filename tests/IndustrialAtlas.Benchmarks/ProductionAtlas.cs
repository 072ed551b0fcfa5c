namespace IndustrialAtlas.Benchmarks;

/// <summary>
/// The atlas as production runs it: published (<c>dotnet publish -c Release -r linux-x64</c>, so ahead-of-time
/// compiled, as the README's deploy says) into a folder of this run, a process of its own, the Production environment
/// with its appsettings (request logging included), a SQLite file of its own, and the content ingested at start.
/// </summary>
internal static class ProductionAtlas
{
    public const string Configuration = "Release";

    private static readonly Lazy<string> Published = new(Publish);

    /// <summary>The published IndustrialAtlas.Web.dll; published on first use, once a run.</summary>
    public static string Assembly => Published.Value;

    public static Task<ServerProcess> StartAsync(string contentPath, string databasePath, string logFile) =>
        ServerProcess.StartAsync(Assembly, [], new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Atlas"] = $"Data Source={databasePath}",
            ["Atlas__ContentPath"] = contentPath,
            ["Atlas__IngestOnStart"] = "true",
        }, "/", logFile);

    /// <summary>Deletes the published folder, if this run published one.</summary>
    public static void Remove()
    {
        if (Published.IsValueCreated)
        {
            TestFiles.DeleteQuietly(Path.GetDirectoryName(Published.Value)!);
        }
    }

    private static string Publish()
    {
        var output = Directory.CreateTempSubdirectory("atlas-published-").FullName;
        var project = Path.Combine(RepositoryRoot.Path, "src", "IndustrialAtlas.Web", "IndustrialAtlas.Web.csproj");
        var (code, log, errors) = ToolRun.RunAsync("dotnet", ["publish", project, "-c", Configuration, "-r", "linux-x64", "--self-contained", "false", "-o", output, "--nologo", "-v", "quiet"]).GetAwaiter().GetResult();
        var assembly = Path.Combine(output, "IndustrialAtlas.Web.dll");
        return code == 0 && File.Exists(assembly)
            ? assembly
            : throw new InvalidOperationException($"dotnet publish of the atlas failed ({code}):\n{log}\n{errors}");
    }
}
