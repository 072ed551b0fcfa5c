using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace IndustrialAtlas.Browser.Tests;

/// <summary>A marker on the map: its city and the era the script drew it in.</summary>
public sealed record Marker(string City, string Era);

/// <summary>A marker as the canvas shows it: its city, the era whose colour its centre is painted in, and where it is on the page.</summary>
public sealed record DrawnMarker(string City, string Era, double X, double Y);

/// <summary>The Leaflet view: centre and zoom.</summary>
public sealed record MapView(double Lat, double Lon, double Zoom);

/// <summary>
/// One page of the atlas in its own browser context. Every request is routed: those to the app go through,
/// any other is aborted and recorded, as are script errors, so a test can assert the page stayed on the machine.
/// </summary>
public sealed partial class AtlasPage : IAsyncDisposable
{
    // Every wait is for a condition; this ceiling only ends one that would never come, with room for a busy machine.
    private const float WaitMs = 60_000;

    private readonly IBrowserContext context;
    private readonly Uri app;
    private readonly List<Uri> alsoOnMachine = [];
    private readonly List<string> offMachine = [];
    private readonly List<string> appRequests = [];
    private readonly List<string> errors = [];

    private AtlasPage(IBrowserContext context, IPage page, Uri app)
    {
        this.context = context;
        Page = page;
        this.app = app;
    }

    public IPage Page { get; }

    /// <summary>Requests that tried to leave the machine: aborted by the route, or refused by the page's CSP.</summary>
    public IReadOnlyList<string> OffMachineRequests => Snapshot(offMachine);

    /// <summary>Requests the app answered.</summary>
    public IReadOnlyList<string> AppRequests => Snapshot(appRequests);

    /// <summary>Uncaught script errors and console errors (failed loads, CSP refusals).</summary>
    public IReadOnlyList<string> Errors => Snapshot(errors);

    /// <summary>
    /// A new context and page with the guard on. <paramref name="bypassCsp"/> lets a test inject a script (axe-core)
    /// into pages whose CSP forbids inline scripts; only for such checks.
    /// </summary>
    public static async Task<AtlasPage> CreateAsync(IBrowser browser, Uri app, int width, int height, bool javaScript, bool bypassCsp = false)
    {
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = app.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            BypassCSP = bypassCsp,
        });
        context.SetDefaultTimeout(WaitMs);
        var page = new AtlasPage(context, await context.NewPageAsync(), app);
        await context.RouteAsync("**/*", page.GuardAsync);
        page.Watch(page.Page);
        // A page the first one opens (a link with target="_blank") is watched the same way.
        context.Page += (_, opened) => page.Watch(opened);
        return page;
    }

    /// <summary>Lets requests to another loopback origin through the guard, e.g. a second site that frames the atlas.</summary>
    public void AllowOrigin(Uri origin)
    {
        Assert.True(origin.IsLoopback, $"{origin} is not on this machine");
        Record(alsoOnMachine, origin);
    }

    private void Watch(IPage watched)
    {
        watched.PageError += (_, error) => Record(errors, "page error: " + error);
        watched.Console += (_, message) =>
        {
            // The app's CSP stops most off-machine loads inside Chromium before they reach the route: count those too.
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)
                && QuotedUrl().Matches(message.Text).Any(m => !IsOnMachine(new Uri(m.Groups[1].Value))))
            {
                Record(offMachine, "refused by the CSP: " + message.Text);
            }
            else if (message.Type == "error")
            {
                Record(errors, $"console: {message.Text} ({message.Location})");
            }
        };
    }

    private Task GuardAsync(IRoute route)
    {
        var url = new Uri(route.Request.Url);
        if (IsOnMachine(url))
        {
            if (IsApp(url))
            {
                Record(appRequests, route.Request.Url);
            }

            return route.ContinueAsync();
        }

        Record(offMachine, $"{route.Request.Method} {route.Request.Url}");
        return route.AbortAsync("blockedbyclient");
    }

    private bool IsApp(Uri url) => url.Scheme is "data" or "blob" || (url.Host == app.Host && url.Port == app.Port);

    private bool IsOnMachine(Uri url) => IsApp(url) || Snapshot(alsoOnMachine).Any(o => url.Host == o.Host && url.Port == o.Port);

    public async Task GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        Assert.True(response is { Status: 200 }, $"GET {path} answered {response?.Status}");
    }

    /// <summary>
    /// Gives the page the first input a reader would (the pointer moves) where it waits for one: the atlas page and a
    /// city page show a picture of their map until then, and make the live map on it (js/first-view.js).
    /// </summary>
    public Task StartLiveMapsAsync() => StartLiveMapsAsync(Page);

    /// <inheritdoc cref="StartLiveMapsAsync()"/>
    public static async Task StartLiveMapsAsync(IPage page)
    {
        if (await page.Locator("#atlas-map[data-start='input'], #city-map").CountAsync() == 0)
        {
            return;
        }

        await page.WaitForSelectorAsync("html[data-first-input]", new() { State = WaitForSelectorState.Attached });
        if (await page.GetAttributeAsync("html", "data-first-input") == "awaited")
        {
            await page.Mouse.MoveAsync(3, 3);
            await page.Mouse.MoveAsync(4, 4);
        }
    }

    /// <summary>Starts the live map (StartLiveMapsAsync) and waits until it says it has drawn the current state (of <paramref name="year"/>, when given).</summary>
    public async Task WaitForMapAsync(int? year = null)
    {
        await StartLiveMapsAsync();
        var selector = "#atlas-map[data-ready='true']" + (year is null ? "" : $"[data-year='{year.Value.ToString(CultureInfo.InvariantCulture)}']");
        try
        {
            await Page.WaitForSelectorAsync(selector, new() { State = WaitForSelectorState.Attached });
        }
        catch (TimeoutException)
        {
            var map = Page.Locator("#atlas-map");
            var state = await map.CountAsync() == 0
                ? "there is no #atlas-map"
                : $"data-ready='{await map.GetAttributeAsync("data-ready")}' data-year='{await map.GetAttributeAsync("data-year")}'";
            Assert.Fail($"the map did not signal {selector} within {WaitMs} ms: {state}; url {Page.Url}; errors: {string.Join(" | ", Errors)}");
        }

        await Page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => r(null)))");
    }

    /// <summary>Opens the panel of filters (folded on a narrow screen, a sheet on a phone) when it is closed.</summary>
    public async Task OpenFiltersAsync()
    {
        if (await Page.GetAttributeAsync("#filters-toggle", "aria-expanded") != "true")
        {
            await Page.ClickAsync("#filters-toggle");
        }

        await Page.WaitForSelectorAsync("#filters-sheet[open]");
    }
    /// <summary>
    /// Reads until <paramref name="done"/> holds, and returns the last reading for the test to assert on. It returns as
    /// soon as the condition holds; the ceiling only ends a wait that would never succeed, so it is generous enough for
    /// a machine busy with other work.
    /// </summary>
    public static async Task<T> SettleAsync<T>(Func<Task<T>> read, Func<T, bool> done, int timeoutMs = 30_000)
    {
        var clock = Stopwatch.StartNew();
        var value = await read();
        while (!done(value) && clock.ElapsedMilliseconds < timeoutMs)
        {
            await Task.Delay(50);
            value = await read();
        }

        return value;
    }

    /// <summary>Fails the test when the page tried to reach another host or raised a script error.</summary>
    public void AssertStayedOnMachine()
    {
        Assert.True(OffMachineRequests.Count == 0, "requests that tried to leave the machine:\n" + string.Join('\n', OffMachineRequests));
        Assert.True(Errors.Count == 0, "script errors:\n" + string.Join('\n', Errors));
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();

    private static void Record<T>(List<T> list, T entry)
    {
        lock (list)
        {
            list.Add(entry);
        }
    }

    private static T[] Snapshot<T>(List<T> list)
    {
        lock (list)
        {
            return [.. list];
        }
    }

    [GeneratedRegex(@"'(https?://[^']+)'")]
    private static partial Regex QuotedUrl();

    [GeneratedRegex(@"^(\d+) of (\d+) cit(y|ies)$")]
    private static partial Regex CountText();
}
