using IndustrialAtlas.Content;
using Microsoft.Playwright;

namespace IndustrialAtlas.Browser.Tests;

/// <summary>
/// One app and one headless Chromium per test class. Each test opens its own <see cref="AtlasPage"/> (a fresh
/// browser context), so cookies, history and the request log never leak between tests.
/// </summary>
public sealed class AtlasBrowser : IAsyncLifetime
{
    /// <summary>The distribution's Chromium: Playwright drives it as is, so no browser is ever downloaded.</summary>
    private const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;

    public AtlasServer Server { get; } = AtlasServer.Start();

    /// <summary>The same content the app ingested, read by the Content library, to work out what the map should show.</summary>
    public ContentSet Content { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var loaded = ContentLoader.Load(Server.ContentPath);
        Assert.True(loaded.IsValid, string.Join('\n', loaded.Diagnostics));
        Content = loaded.Set!;
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>Opens <paramref name="path"/> of the app in a new context of the given viewport.</summary>
    public async Task<AtlasPage> OpenAsync(string path, int width = 1280, int height = 800, bool javaScript = true, bool bypassCsp = false)
    {
        var page = await NewPageAsync(width, height, javaScript, bypassCsp);
        await page.GotoAsync(path);
        return page;
    }

    /// <summary>A page in a new context that has not loaded anything yet, for tests that start on another origin.</summary>
    public Task<AtlasPage> NewPageAsync(int width = 1280, int height = 800, bool javaScript = true, bool bypassCsp = false) =>
        AtlasPage.CreateAsync(browser!, Server.Address, width, height, javaScript, bypassCsp);

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        await Server.DisposeAsync();
    }
}
