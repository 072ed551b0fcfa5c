using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;

namespace IndustrialAtlas.Benchmarks;

/// <summary>
/// What the map page costs a first-time visitor: <c>/</c> opened in a new (empty-cache) Chromium context until the
/// map's first picture is drawn and the network idle (a reader who only looks), then after a first input until the live
/// map is ready and the network idle again; every response weighed as it came over the wire (DevTools'
/// <c>Network.loadingFinished</c> <c>encodedDataLength</c>: headers and the body as sent, compressed or not).
/// </summary>
internal static class FirstLoadWeight
{
    /// <summary>One response: its address, type, status, Content-Encoding, bytes on the wire and body bytes once decoded.</summary>
    public sealed record Resource(string Url, string Type, int Status, string Encoding, long WireBytes, long BodyBytes);

    public sealed record Result(IReadOnlyList<Resource> Resources, IReadOnlyList<string> Failed, int OffMachineRequests)
    {
        public long WireBytes => Resources.Sum(r => r.WireBytes);

        /// <summary>Failures of the page's own requests: Chromium's /favicon.ico probe, which it cancels itself, is none of them.</summary>
        public int PageFailures => Failed.Count(f => !f.Contains("/favicon.ico ", StringComparison.Ordinal));
    }

    /// <summary>The responses before any input, and all of them once the live map is ready.</summary>
    public static async Task<(Result BeforeInput, Result WithLiveMap)> MeasureAsync(Uri app)
    {
        await using var chromium = await OfflineChromium.LaunchAsync();
        var page = await chromium.NewPageAsync(app);
        var devTools = await page.Context.NewCDPSessionAsync(page);
        var received = new ConcurrentDictionary<string, (string Url, string Type, int Status, string Encoding)>();
        var bodies = new ConcurrentDictionary<string, long>();
        var finished = new ConcurrentDictionary<string, long>();
        var requested = new ConcurrentDictionary<string, string>();
        var failed = new ConcurrentQueue<string>();
        devTools.Event("Network.requestWillBeSent").OnEvent += (_, e) => requested[Id(e)] = e!.Value.GetProperty("request").GetProperty("url").GetString()!;
        devTools.Event("Network.responseReceived").OnEvent += (_, e) =>
        {
            var response = e!.Value.GetProperty("response");
            received[Id(e)] = (response.GetProperty("url").GetString()!, response.GetProperty("mimeType").GetString() ?? "",
                response.GetProperty("status").GetInt32(), Header(response.GetProperty("headers"), "content-encoding"));
        };
        devTools.Event("Network.dataReceived").OnEvent += (_, e) => bodies.AddOrUpdate(Id(e), e!.Value.GetProperty("dataLength").GetInt64(), (_, sum) => sum + e.Value.GetProperty("dataLength").GetInt64());
        devTools.Event("Network.loadingFinished").OnEvent += (_, e) => finished[Id(e)] = (long)e!.Value.GetProperty("encodedDataLength").GetDouble();
        devTools.Event("Network.loadingFailed").OnEvent += (_, e) =>
            failed.Enqueue($"{requested.GetValueOrDefault(Id(e))} {e!.Value.GetProperty("errorText").GetString()}");
        await devTools.SendAsync("Network.enable");

        await page.GotoAsync("/");
        await page.WaitForSelectorAsync("#atlas-map canvas.first-view[data-drawn]", new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var beforeInput = Snapshot();
        // The live map starts on the reader's first input, once the page waits for one.
        await page.WaitForSelectorAsync("html[data-first-input='awaited']", new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        await page.Mouse.MoveAsync(10, 10);
        await page.WaitForSelectorAsync("#atlas-map[data-ready='true']", new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return (beforeInput, Snapshot());

        Result Snapshot() => new(
            [.. finished
                .Where(f => received.ContainsKey(f.Key) && received[f.Key].Url.StartsWith("http", StringComparison.Ordinal))
                .Select(f => (Response: received[f.Key], Wire: f.Value, Body: bodies.GetValueOrDefault(f.Key)))
                .Select(r => new Resource(r.Response.Url, r.Response.Type, r.Response.Status, r.Response.Encoding, r.Wire, r.Body))
                .OrderByDescending(r => r.WireBytes)],
            [.. failed],
            chromium.OffMachineRequests);
    }

    /// <summary>The per-resource lines for the text file.</summary>
    public static IEnumerable<string> Breakdown(Result result) => result.Resources.Select(r =>
        FormattableString.Invariant($"  {r.WireBytes / 1024.0,8:0.0} KB on the wire {r.BodyBytes / 1024.0,8:0.0} KB decoded  {r.Status} {(r.Encoding.Length > 0 ? r.Encoding : "identity"),-8} {r.Type,-24} {new Uri(r.Url).PathAndQuery}"))
        .Concat(result.Failed.Select(f => "  failed: " + f));

    private static string Id(JsonElement? e) => e!.Value.GetProperty("requestId").GetString()!;

    private static string Header(JsonElement headers, string name) =>
        headers.EnumerateObject().FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value is { ValueKind: JsonValueKind.String } value ? value.GetString()! : "";
}
