using System.Globalization;
using System.Text.Json;

namespace IndustrialAtlas.Benchmarks;

/// <summary>
/// Lighthouse on the main pages in both languages: its four scores, LCP, TBT and CLS, under its defaults (a phone,
/// with simulated throttling), in Debian's Chromium. Lighthouse comes from npm, pinned in <c>lighthouse/package.json</c>
/// and its lock, installed there by <c>npm ci</c> the first time. Each page is audited twice, the languages in turn, and
/// the worse run counts.
/// </summary>
internal static class LighthouseAudit
{
    public static readonly string[] Paths = ["/", "/zh/", "/claims", "/zh/claims", "/cities/anshan", "/zh/cities/anshan"];

    private const int Runs = 2;

    private const int Attempts = 3;

    private static readonly string[] Categories = ["performance", "accessibility", "best-practices", "seo"];

    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "tests", "IndustrialAtlas.Benchmarks", "lighthouse");

    private static string Cli => Path.Combine(Folder, "node_modules", "lighthouse", "cli", "index.js");

    private sealed record Audit(int[] Scores, double LcpSeconds, double TbtMilliseconds, double Cls);

    public static async Task AddAsync(Figures figures, Uri atlas, string folder)
    {
        if (await InstallAsync() is { } problem)
        {
            Console.Error.WriteLine($"Lighthouse is skipped: {problem}");
            figures.Section("Lighthouse");
            figures.Add("Lighthouse", $"skipped: {problem}", "-");
            return;
        }

        using var installed = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(Folder, "node_modules", "lighthouse", "package.json")));
        figures.Section($"Lighthouse {installed.RootElement.GetProperty("version").GetString()} with its defaults (a phone, simulated throttling), Debian's Chromium: the worse of {Runs} runs a page");

        var audits = Paths.ToDictionary(p => p, _ => new List<Audit>());
        for (var run = 0; run < Runs; run++)
        {
            foreach (var path in Paths)
            {
                audits[path].Add(await RunAsync(new Uri(atlas, path), Path.Combine(folder, $"lighthouse-{audits[path].Count}-{path.Replace('/', '_')}.json")));
            }
        }

        foreach (var path in Paths)
        {
            var worst = audits[path].OrderBy(a => a.Scores[0]).ThenByDescending(a => a.LcpSeconds).First();
            var english = path.StartsWith("/zh/", StringComparison.Ordinal) ? path[3..] : null;
            figures.Add($"{path}: performance / accessibility / best practices / SEO", string.Create(CultureInfo.InvariantCulture,
                $"{string.Join(" / ", worst.Scores)}; LCP {worst.LcpSeconds:0.0} s, TBT {worst.TbtMilliseconds:0} ms, CLS {worst.Cls:0.000}"),
                english is null ? "≥ 90 each" : $"≥ 90 each, as {english}");
        }
    }

    private static string Chromium => File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : "not installed";

    /// <summary>Installs Lighthouse from its lock when it is not there yet; the reason it cannot, or null.</summary>
    private static async Task<string?> InstallAsync()
    {
        if (!File.Exists("/usr/bin/chromium"))
        {
            return "Chromium is not installed (apt-get install chromium)";
        }

        if (File.Exists(Cli))
        {
            return null;
        }

        var (code, output) = await RunProcessAsync("npm", ["ci", "--no-audit", "--no-fund"], Folder);
        return code == 0 && File.Exists(Cli) ? null : $"npm ci in {Folder} exited {code}: {output}";
    }

    /// <summary>
    /// One audit. Lighthouse now and then loses its own trace of a page load (NO_NAVSTART, "please run Lighthouse
    /// again"); such a run is taken again, up to <see cref="Attempts"/> times in all.
    /// </summary>
    private static async Task<Audit> RunAsync(Uri page, string report)
    {
        var (code, output) = (0, "");
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            File.Delete(report);
            (code, output) = await RunProcessAsync("node", [Cli, page.ToString(), "--quiet", "--output=json", $"--output-path={report}",
                "--only-categories=" + string.Join(',', Categories), "--chrome-flags=--headless=new --no-sandbox --disable-gpu"], Folder);
            if (code == 0 && File.Exists(report))
            {
                break;
            }

            Console.Error.WriteLine($"Lighthouse on {page}, attempt {attempt} of {Attempts}, exited {code}: {output}");
        }

        if (code != 0 || !File.Exists(report))
        {
            throw new InvalidOperationException($"Lighthouse on {page} failed {Attempts} times; the last exited {code}: {output}");
        }

        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(report));
        var root = json.RootElement;
        var categories = root.GetProperty("categories");
        var audits = root.GetProperty("audits");
        double Numeric(string audit) => audits.GetProperty(audit).GetProperty("numericValue").GetDouble();
        return new Audit(
            [.. Categories.Select(c => (int)Math.Round(categories.GetProperty(c).GetProperty("score").GetDouble() * 100))],
            Numeric("largest-contentful-paint") / 1000, Numeric("total-blocking-time"), Numeric("cumulative-layout-shift"));
    }

    private static async Task<(int Code, string Output)> RunProcessAsync(string file, IEnumerable<string> arguments, string directory)
    {
        var (code, output, errors) = await ToolRun.RunAsync(file, arguments, directory, new Dictionary<string, string> { ["CHROME_PATH"] = Chromium });
        var text = (output + errors).Trim();
        return (code, text.Length > 2000 ? text[^2000..] : text);
    }
}
