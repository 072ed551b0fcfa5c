namespace IndustrialAtlas.Web.Tests.Architecture;

/// <summary>
/// No hand-written file over 250 lines: code (C#, Razor, scripts, styles) in <c>src/</c>, <c>tests/</c> and
/// <c>wwwroot/</c>. Generated files are left out: EF Core's migrations and the libraries restored into
/// <c>wwwroot/lib</c>.
/// </summary>
public sealed class FileLengthTests
{
    public const int Longest = 250;

    private static readonly string[] Code = [".cs", ".cshtml", ".js", ".css"];

    private static readonly string[] Generated = ["bin", "obj", "Migrations", "lib", "node_modules"];

    private static readonly string[] Folders = ["src", "tests", "wwwroot"];

    [Fact]
    public void No_hand_written_file_is_over_250_lines()
    {
        var files = Folders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, folder), "*", SearchOption.AllDirectories))
            .Where(f => Code.Contains(Path.GetExtension(f)))
            .Where(f => !Path.GetRelativePath(RepositoryRoot.Path, f).Split(Path.DirectorySeparatorChar).Any(part => Generated.Contains(part)))
            .ToList();
        var tooLong = files.Select(f => (File: Path.GetRelativePath(RepositoryRoot.Path, f), Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > Longest).Select(f => $"{f.File} ({f.Lines} lines)").ToList();

        Assert.True(files.Count > 300, $"only {files.Count} files of code found under src/, tests/ and wwwroot/");
        Assert.True(tooLong.Count == 0, $"over {Longest} lines: {string.Join(", ", tooLong)}");
    }
}
