namespace IndustrialAtlas.Browser.Tests;

/// <summary>
/// The parts of a long page below the first screen are laid out only when near it (Pages/Common/LaterSection.cs), each
/// holding a place the server estimates. A part whose text overran its place would, while skipped, lie over the next
/// part, and what assistive technology and audits read of the page would have their links on top of each other.
/// </summary>
public sealed class LaterPartsTests(AtlasBrowser browser) : IClassFixture<AtlasBrowser>
{
    private static readonly string AxeScript = Path.Combine(RepositoryRoot.Path, "node_modules", "axe-core", "axe.min.js");

    /// <summary>Each later part laid out as it would be near the screen: its name, its height and the height it holds (in rem).</summary>
    private const string PartsLaidOut = """
        () => {
            const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
            return [...document.querySelectorAll(".later")].map((part) => {
                const held = getComputedStyle(part).containIntrinsicHeight.match(/([\d.]+)px/);
                part.style.contentVisibility = "visible";
                return [part.getAttribute("aria-labelledby") ?? part.className, String(part.getBoundingClientRect().height / rem), String(held ? Number(held[1]) / rem : 0)];
            });
        }
        """;

    [Theory]
    [InlineData("/cities/anshan", 320)]
    [InlineData("/cities/panzhihua", 320)]
    [InlineData("/cities/benxi", 320)]
    [InlineData("/", 320)]
    [InlineData("/cities/anshan", 1000)]
    [InlineData("/cities/panzhihua", 1000)]
    [InlineData("/cities/benxi", 1000)]
    [InlineData("/", 1000)]
    public async Task On_the_narrowest_phone_and_wide_screen_no_later_part_is_taller_than_the_place_it_holds(string path, int width)
    {
        await using var page = await browser.OpenAsync(path, width, 640);

        var parts = await page.Page.EvaluateAsync<string[][]>(PartsLaidOut);

        Assert.NotEmpty(parts);
        var overrun = parts.Select(p => (Part: p[0], Height: Rem(p[1]), Held: Rem(p[2]))).Where(p => p.Height > p.Held)
            .Select(p => $"{p.Part}: {p.Height:0} rem in a place of {p.Held:0}").ToList();
        Assert.True(overrun.Count == 0, $"on {path} at {width} px:\n" + string.Join('\n', overrun));
    }

    private static double Rem(string value) => double.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What a phone's audit sees before any input: links and buttons of skipped parts are not on top of each other.</summary>
    [Theory]
    [InlineData("/")]
    [InlineData("/cities/anshan")]
    public async Task Before_any_input_a_phone_sees_no_target_on_top_of_another(string path)
    {
        await using var page = await browser.OpenAsync(path, 412, 823, bypassCsp: true);
        await page.Page.AddScriptTagAsync(new() { Path = AxeScript });

        var violations = await page.Page.EvaluateAsync<string[]>("""
            async () => (await axe.run(document, { runOnly: ["target-size"] })).violations.flatMap(v => v.nodes.map(n => n.target.join(" ")))
            """);

        Assert.True(violations.Length == 0, $"targets on top of others or too small on {path}: {string.Join(" | ", violations.Take(6))}");
    }
}
