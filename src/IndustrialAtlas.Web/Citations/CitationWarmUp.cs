namespace IndustrialAtlas.Web.Citations;

/// <summary>Builds the citation styles' engines in the background once the app has started, so start-up is not
/// delayed and the first Cite panel does not wait for them.</summary>
internal sealed partial class CitationWarmUp(CitationRenderer renderer, IHostApplicationLifetime lifetime, ILogger<CitationWarmUp> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = Task.Run(() =>
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                renderer.WarmUp();
                var seconds = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
                Ready(logger, CitationStyles.Formatted.Count, seconds);
            }
            catch (Exception e) when (e is FileNotFoundException or Microsoft.ClearScript.ScriptEngineException or InvalidOperationException)
            {
                Failed(logger, e.Message);
            }
        }, CancellationToken.None));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Citation styles ready: {Count} engines in {Seconds:0.0} s")]
    private static partial void Ready(ILogger logger, int count, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Citation styles could not be built: {Problem}")]
    private static partial void Failed(ILogger logger, string problem);
}
