using Microsoft.Playwright;

namespace IndustrialAtlas.Benchmarks;

/// <summary>
/// Debian's headless Chromium (/usr/bin/chromium) driven by Playwright, which downloads no browser, as the browser
/// tests launch it. Every page is offline except for the app under test: any other request is blocked and counted.
/// </summary>
internal sealed class OfflineChromium : IAsyncDisposable
{
    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private int offMachine;

    private OfflineChromium(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        this.browser = browser;
    }

    public string Version => browser.Version;

    /// <summary>Requests that tried to leave the machine, over every page opened so far.</summary>
    public int OffMachineRequests => offMachine;

    public static async Task<OfflineChromium> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new OfflineChromium(playwright, browser);
    }

    /// <summary>A page in a new context, so with an empty cache, that may only reach <paramref name="app"/>.</summary>
    public async Task<IPage> NewPageAsync(Uri app)
    {
        var context = await browser.NewContextAsync(new() { BaseURL = app.ToString(), ViewportSize = new() { Width = 1280, Height = 800 } });
        await context.RouteAsync("**/*", route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Scheme is "data" or "blob" || (url.Host == app.Host && url.Port == app.Port))
            {
                return route.ContinueAsync();
            }

            Interlocked.Increment(ref offMachine);
            return route.AbortAsync("blockedbyclient");
        });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await browser.CloseAsync();
        playwright.Dispose();
    }
}
