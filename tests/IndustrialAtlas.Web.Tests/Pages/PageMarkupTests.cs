using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace IndustrialAtlas.Web.Tests.Pages;

/// <summary>
/// Every kind of page as served from the real content: its ids are unique, and the Nu Html Checker (vnu.jar, the W3C
/// validator's engine, from the root package.json's devDependencies), run once on them all, finds not one error.
/// </summary>
public sealed partial class PageMarkupTests(RealContentFixture fixture, ITestOutputHelper output) : IClassFixture<RealContentFixture>
{
    private static readonly string Checker = Path.Combine(RepositoryRoot.Path, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>One page of each kind, with the status it answers; every city page is added to these.</summary>
    private static readonly (string Path, HttpStatusCode Status)[] Pages =
    [
        ("/", HttpStatusCode.OK),
        ("/embed", HttpStatusCode.OK),
        ("/cities", HttpStatusCode.OK),
        ("/claims", HttpStatusCode.OK),
        ("/claims/panzhihua-clock-tower", HttpStatusCode.OK),
        ("/eras", HttpStatusCode.OK),
        ("/eras/third-front", HttpStatusCode.OK),
        ("/resources", HttpStatusCode.OK),
        ("/resources/vanadium", HttpStatusCode.OK),
        ("/compare?cities=anshan,baotou,wuhan&indicator=crude-steel", HttpStatusCode.OK),
        ("/embed/compare?cities=anshan,baotou&indicator=crude-steel", HttpStatusCode.OK),
        ("/embed/claims/panzhihua-clock-tower", HttpStatusCode.OK),
        ("/status", HttpStatusCode.OK),
        ("/sites", HttpStatusCode.OK),
        ("/sites?list=soviet-156", HttpStatusCode.OK),
        ("/sites/harbin-boiler-works", HttpStatusCode.OK),
        ("/?year=1957&list=soviet-156", HttpStatusCode.OK),
        ("/embed?year=2024&list=industrial-heritage", HttpStatusCode.OK),
        ("/eras/first-five-year-plan", HttpStatusCode.OK),
        ("/cities/nowhere", HttpStatusCode.NotFound),
        ("/?year=abc", HttpStatusCode.BadRequest),
    ];

    [Fact]
    public async Task No_page_gives_two_elements_the_same_id()
    {
        var client = fixture.App.CreateClient();
        foreach (var (path, _) in await PagesAsync(client))
        {
            using var response = await client.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();
            var repeated = Id().Matches(html).GroupBy(m => m.Groups[1].Value).Where(g => g.Count() > 1).Select(g => $"{g.Key} ({g.Count()}×)").ToList();

            Assert.True(repeated.Count == 0, $"{path} repeats ids: {string.Join(", ", repeated)}");
        }
    }

    [Fact]
    public async Task A_source_address_keeps_the_escapes_its_profile_writes()
    {
        var html = await fixture.App.CreateClient().GetStringAsync("/cities/anshan");

        Assert.Contains("href=\"https://journeum.com/dst/Asia/China/Northeast%20China/", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Northeast China/Liaoning", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Every_kind_of_page_passes_the_nu_html_checker_without_an_error()
    {
        var java = FindJava();
        Assert.True(File.Exists(Checker), $"{Checker} is missing: the build's `npm ci` installs vnu-jar from package.json");
        var client = fixture.App.CreateClient();
        var pages = await PagesAsync(client);

        var folder = Directory.CreateTempSubdirectory("atlas-vnu-").FullName;
        try
        {
            var files = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (path, status) in pages)
            {
                using var response = await client.GetAsync(path);
                Assert.True(response.StatusCode == status, $"{path} answered {(int)response.StatusCode}, not {(int)status}");
                var file = Path.Combine(folder, $"{files.Count:00}-{FileName().Replace(path, "_").Trim('_')}.html");
                await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());
                files[Path.GetFileName(file)] = path;
            }

            var errors = await CheckAsync(java, [.. files.Keys.Select(f => Path.Combine(folder, f))]);

            var lines = errors.Select(e => $"{files.GetValueOrDefault(e.File, e.File)}:{e.Line}: {e.Message}").ToList();
            lines.ForEach(output.WriteLine);
            Assert.True(lines.Count == 0, $"the Nu Html Checker finds {lines.Count} error(s) in {files.Count} pages:\n" + string.Join('\n', lines));
        }
        finally
        {
            TestFiles.DeleteQuietly(folder);
        }
    }

    /// <summary>The pages of every kind and every city's page.</summary>
    private static async Task<IReadOnlyList<(string Path, HttpStatusCode Status)>> PagesAsync(HttpClient client)
    {
        using var cities = JsonDocument.Parse(await client.GetStringAsync("/api/cities"));
        var pages = Pages.Concat(cities.RootElement.EnumerateArray().Select(c => ($"/cities/{c.GetProperty("slug").GetString()}", HttpStatusCode.OK))).ToList();
        Assert.Contains(pages, p => p.Item1 == "/cities/anshan");
        Assert.Contains(pages, p => p.Item1 == "/cities/panzhihua");
        return pages;
    }

    /// <summary>Runs vnu.jar once on all the files (Java takes seconds to start) and reads its JSON report.</summary>
    private static async Task<IReadOnlyList<(string File, int Line, string Message)>> CheckAsync(string java, IReadOnlyList<string> files)
    {
        var start = new ProcessStartInfo(java) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-jar", Checker, "--format", "json", "--errors-only", "--stdout" }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(limit.Token);
        var report = await stdout;
        Assert.True(report.TrimStart().StartsWith('{'), $"vnu.jar exited with {process.ExitCode} and no report: {report}{await stderr}");

        using var json = JsonDocument.Parse(report);
        return [.. json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => (
                Path.GetFileName(m.TryGetProperty("url", out var url) ? url.GetString()! : "(no file)"),
                m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                m.GetProperty("message").GetString()!))];
    }

    /// <summary>
    /// Java from the PATH (or JAVA_HOME). Without it the check reports itself skipped, saying why, except on CI,
    /// whose machine installs it: there a missing Java fails.
    /// </summary>
    private static string FindJava()
    {
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Prepend(Environment.GetEnvironmentVariable("JAVA_HOME") is { Length: > 0 } home ? Path.Combine(home, "bin") : "")
            .Where(d => d.Length > 0)
            .Select(d => Path.Combine(d, OperatingSystem.IsWindows() ? "java.exe" : "java"));
        var java = candidates.FirstOrDefault(File.Exists);
        if (java is null && Environment.GetEnvironmentVariable("CI") is not { Length: > 0 })
        {
            throw new SkipException("Java is not installed (no `java` on the PATH or under JAVA_HOME): the Nu Html Checker needs Java 17 or later (apt-get install default-jre-headless)");
        }

        Assert.True(java is not null, "CI runs the Nu Html Checker, but there is no `java` on the PATH or under JAVA_HOME");
        return java;
    }

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex Id();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex FileName();
}
