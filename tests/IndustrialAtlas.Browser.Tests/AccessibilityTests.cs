namespace IndustrialAtlas.Browser.Tests;

public sealed class AccessibilityTests(AtlasBrowser browser) : IClassFixture<AtlasBrowser>
{
    /// <summary>axe-core from the root package.json's devDependencies, installed by the build's <c>npm ci</c>.</summary>
    private static readonly string AxeScript = Path.Combine(RepositoryRoot.Path, "node_modules", "axe-core", "axe.min.js");

    private const string RunAxe = """
        async () => {
            const result = await axe.run(document, { resultTypes: ["violations"] });
            return result.violations.map(v => [v.id, v.impact ?? "", v.help, ...v.nodes.map(n => n.target.flat().join(" "))]);
        }
        """;

    /// <summary>Runs every axe-core rule on the page as drawn (maps included) and fails on any serious or critical violation.</summary>
    [Theory]
    [InlineData("/")]
    [InlineData("/cities")]
    [InlineData("/cities/panzhihua")]
    [InlineData("/embed?year=1970")]
    [InlineData("/eras")]
    [InlineData("/status")]
    [InlineData("/claims")]
    [InlineData("/claims?q=Dukou")]
    [InlineData("/claims/panzhihua-clock-tower")]
    [InlineData("/eras/third-front")]
    [InlineData("/resources/vanadium")]
    [InlineData("/?year=1957&list=soviet-156")]
    [InlineData("/sites")]
    [InlineData("/sites/harbin-boiler-works")]
    [InlineData("/zh/")]
    [InlineData("/zh/cities/anshan")]
    [InlineData("/zh/claims?q=鞍钢")]
    [InlineData("/zh/claims/anshan-steel-capital")]
    [InlineData("/zh/sites?list=soviet-156")]
    [InlineData("/embed?year=1958&lang=zh")]
    public async Task The_page_has_no_serious_or_critical_axe_violations(string path)
    {
        Assert.True(File.Exists(AxeScript), $"{AxeScript} is missing: the build's `npm ci` installs axe-core from package.json");
        // The pages' CSP forbids inline scripts, and Playwright injects axe as one: this context ignores the CSP.
        await using var page = await browser.OpenAsync(path, bypassCsp: true);
        await page.WaitUntilDrawnAsync();
        await page.Page.AddScriptTagAsync(new() { Path = AxeScript });

        var violations = await page.Page.EvaluateAsync<string[][]>(RunAxe);

        var serious = violations.Where(v => v[1] is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe-core finds on {path}:\n" + string.Join('\n', serious.Select(v =>
            $"  {v[0]} ({v[1]}): {v[2]}; {v.Length - 3} element(s): {string.Join(" | ", v.Skip(3).Take(4))}")));
        page.AssertStayedOnMachine();
    }

    /// <summary>An embed stands alone in another site's page: every axe rule holds there, whatever its impact (a main
    /// landmark and a heading among them).</summary>
    [Theory]
    [InlineData("/embed?year=1958&resource=iron-ore")]
    [InlineData("/embed?year=1970&controls=0")]
    [InlineData("/embed/claims/panzhihua-clock-tower")]
    [InlineData("/embed/compare?cities=anshan,baotou&indicator=crude-steel")]
    public async Task An_embed_has_no_axe_violation_of_any_impact(string path)
    {
        await using var page = await browser.OpenAsync(path, bypassCsp: true);
        await page.WaitUntilDrawnAsync();
        await page.Page.AddScriptTagAsync(new() { Path = AxeScript });

        var violations = await page.Page.EvaluateAsync<string[][]>(RunAxe);

        Assert.True(violations.Length == 0, $"axe-core finds on {path}:\n" + string.Join('\n', violations.Select(v =>
            $"  {v[0]} ({v[1]}): {v[2]}; {v.Length - 3} element(s): {string.Join(" | ", v.Skip(3).Take(4))}")));
        page.AssertStayedOnMachine();
    }
}
