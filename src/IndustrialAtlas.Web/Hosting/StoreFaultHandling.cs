using IndustrialAtlas.Web.Editions;
using IndustrialAtlas.Web.Store;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IndustrialAtlas.Web.Hosting;

/// <summary>A store fault as a 503 that says what is wrong, and the health endpoints that report it.</summary>
public static class StoreFaultHandling
{
    public static WebApplicationBuilder AddAtlasHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<StoreFaults>();
        builder.Services.AddHealthChecks().AddCheck<StoreReadyCheck>("store", tags: ["ready"]);
        return builder;
    }

    /// <summary>
    /// Content pages and <c>/status</c> answer 503 while the store is known to be broken, and a store fault on any
    /// request becomes a 503 with the same kind of message. The status code page shows it (<c>/error/503</c>).
    /// </summary>
    public static WebApplication UseStoreFaults(this WebApplication app)
    {
        var faults = app.Services.GetRequiredService<StoreFaults>();
        app.Use((context, next) =>
        {
            var path = context.Request.Path;
            if (faults.StartFault is { } fault && (RequestEdition.IsContent(path) || path.StartsWithSegments("/status", StringComparison.Ordinal)))
            {
                context.Items[StoreFaults.ItemKey] = fault;
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return Task.CompletedTask;
            }

            // A request that completes at once (a kept answer) needs no async frame here to catch what it did not throw.
            Task running;
            try
            {
                running = next(context);
            }
            catch (Exception e) when (IsOurs(e, context))
            {
                Answer(faults, e, context);
                return Task.CompletedTask;
            }

            return running.IsCompletedSuccessfully ? Task.CompletedTask : CatchAsync(running, faults, context);
        });
        return app;
    }

    private static async Task CatchAsync(Task running, StoreFaults faults, HttpContext context)
    {
        try
        {
            await running;
        }
        catch (Exception e) when (IsOurs(e, context))
        {
            Answer(faults, e, context);
        }
    }

    private static bool IsOurs(Exception e, HttpContext context) =>
        StoreFaults.IsStoreFault(e) && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested;

    private static void Answer(StoreFaults faults, Exception e, HttpContext context)
    {
        faults.LogRequestFault(e);
        context.Response.Clear();
        context.Items[StoreFaults.ItemKey] = StoreFaults.Describe(e);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
    }

    /// <summary><c>/health</c>: the process answers. <c>/health/ready</c>: the store can be read and holds a published edition.</summary>
    public static WebApplication MapAtlasHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") });
        return app;
    }

    private sealed class StoreReadyCheck(StoreFaults faults, EditionCatalog catalog, StoreProbe probe, Store.AtlasDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            if (faults.StartFault is { } fault)
            {
                return HealthCheckResult.Unhealthy(fault);
            }

            try
            {
                var lookup = await catalog.FindAsync(null, cancellationToken);
                if (lookup.Edition is null)
                {
                    return HealthCheckResult.Unhealthy("No content has been published yet.");
                }

                // The list of editions is cached; the store's pages and the edition's rows are what pages read.
                return await probe.FaultAsync(db, lookup.Edition.Id, cancellationToken) is { } damage
                    ? HealthCheckResult.Unhealthy(damage)
                    : HealthCheckResult.Healthy($"Serving edition {lookup.Edition.Id}.");
            }
            catch (Exception e) when (StoreFaults.IsStoreFault(e))
            {
                return HealthCheckResult.Unhealthy(StoreFaults.Describe(e));
            }
        }
    }
}
