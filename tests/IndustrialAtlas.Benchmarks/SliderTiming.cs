using Microsoft.Playwright;

namespace IndustrialAtlas.Benchmarks;

/// <summary>Times slider steps in headless Chromium, inside the page with <c>performance.now()</c>.</summary>
internal static class SliderTiming
{
    /// <summary>
    /// One step: set the slider, dispatch <c>input</c>, wait until <c>#atlas-map[data-year]</c> is the new year, then
    /// one animation frame (the frame that shows it). Returns, per step, the time to data-year and to that frame.
    /// </summary>
    private const string StepScript = """
        async ([from, steps]) => {
          const slider = document.getElementById('year');
          const map = document.getElementById('atlas-map');
          const drawn = year => new Promise((resolve, reject) => {
            if (map.getAttribute('data-year') === year) { resolve(); return; }
            const timer = setTimeout(() => { observer.disconnect(); reject(new Error('data-year never became ' + year)); }, 5000);
            const observer = new MutationObserver(() => {
              if (map.getAttribute('data-year') === year) { observer.disconnect(); clearTimeout(timer); resolve(); }
            });
            observer.observe(map, { attributes: true, attributeFilter: ['data-year'] });
          });
          const frame = () => new Promise(resolve => requestAnimationFrame(() => resolve()));
          const rows = [];
          for (let i = 1; i <= steps; i++) {
            const year = String(from + i);
            const t0 = performance.now();
            slider.value = year;
            slider.dispatchEvent(new Event('input', { bubbles: true }));
            await drawn(year);
            const t1 = performance.now();
            await frame();
            rows.push([t1 - t0, performance.now() - t0]);
          }
          return rows;
        }
        """;

    public sealed record Result(IReadOnlyList<double> ToDataYear, IReadOnlyList<double> ToFrame, int OffMachineRequests, string Browser);

    public static async Task<Result> MeasureAsync(Uri app, int from, int steps, int warmup)
    {
        await using var chromium = await OfflineChromium.LaunchAsync();
        var page = await chromium.NewPageAsync(app);
        await page.GotoAsync($"/?year={from - warmup}");
        // The live map starts on the reader's first input, once the page waits for one.
        await page.WaitForSelectorAsync("html[data-first-input='awaited']", new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        await page.Mouse.MoveAsync(10, 10);
        await page.WaitForSelectorAsync($"#atlas-map[data-ready='true'][data-year='{from - warmup}']", new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });

        await page.EvaluateAsync<double[][]>(StepScript, new object[] { from - warmup, warmup });
        var rows = await page.EvaluateAsync<double[][]>(StepScript, new object[] { from, steps });
        return new Result([.. rows.Select(r => r[0])], [.. rows.Select(r => r[1])], chromium.OffMachineRequests, chromium.Version);
    }
}
