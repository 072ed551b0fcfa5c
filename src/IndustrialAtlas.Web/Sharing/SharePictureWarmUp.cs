namespace IndustrialAtlas.Web.Sharing;

/// <summary>
/// Draws one small picture with Chinese text in the background once the app has started: Skia loads its native
/// library and the CJK font then (about a second), not inside the first visitor's picture request.
/// </summary>
internal sealed partial class SharePictureWarmUp(IHostApplicationLifetime lifetime, ILogger<SharePictureWarmUp> logger) : IHostedService
{
    private const string Svg = $"""<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="4" y="28" font-family="{SharePicture.FontFamily}" font-size="20">鞍山 Anshan</text></svg>""";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = Task.Run(() =>
        {
            try
            {
                _ = SharePicture.Png(Svg);
            }
            catch (Exception e) when (e is InvalidOperationException or DllNotFoundException or TypeInitializationException)
            {
                Failed(logger, e.Message);
            }
        }, CancellationToken.None));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Error, Message = "Share pictures cannot be drawn: {Problem}")]
    private static partial void Failed(ILogger logger, string problem);
}
