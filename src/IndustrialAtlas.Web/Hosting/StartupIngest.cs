using IndustrialAtlas.Web.Ingest;
using IndustrialAtlas.Web.Store;

namespace IndustrialAtlas.Web.Hosting;

/// <summary>The ingest an app runs when it starts (<c>Atlas:IngestOnStart</c>), and its completion, for whoever must wait for it.</summary>
public sealed partial class StartupIngest(StoreFaults faults, ILogger<StartupIngest> logger)
{
    /// <summary>Done when the start-up ingest has finished (or failed, which is logged); done at once when there is none.</summary>
    public Task Completion { get; private set; } = Task.CompletedTask;

    public void Start(IServiceProvider services, string contentPath, CancellationToken stopping) => Completion = Task.Run(async () =>
    {
        try
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AtlasImporter>().IngestAsync(contentPath, ct: stopping);
        }
        catch (Exception e) when (StoreFaults.IsStoreFault(e))
        {
            faults.LogRequestFault(e);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            LogStopped();
        }
    }, CancellationToken.None);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The app stopped before the ingest at start finished; the stored edition is unchanged.")]
    private partial void LogStopped();
}
