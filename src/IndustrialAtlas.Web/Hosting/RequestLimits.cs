using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;

namespace IndustrialAtlas.Web.Hosting;

/// <summary>
/// Limits on work the answer cache did not answer (a page, a picture or data for a view not asked for lately): each
/// client may start <see cref="PerSecond"/> such requests a second, in bursts of up to <see cref="Burst"/>, and the
/// instance works on at most <see cref="Concurrent"/> at once with <see cref="Queue"/> waiting. Anything over is a
/// 429 with <c>Retry-After</c>. Kept answers, static files and the health checks are never limited.
/// </summary>
public sealed class RequestLimits
{
    public const string Section = "Atlas:RateLimit";

    /// <summary>Uncached requests a client may start each second, on average.</summary>
    public int PerSecond { get; set; } = 20;

    /// <summary>Uncached requests a client may start at once after a pause.</summary>
    public int Burst { get; set; } = 60;

    /// <summary>Uncached requests the instance works on at once; 0 means four per processor.</summary>
    public int Concurrent { get; set; }

    /// <summary>Uncached requests that may wait for one of those places.</summary>
    public int Queue { get; set; } = 200;

    public static WebApplicationBuilder AddRequestLimits(WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(Section).Get<RequestLimits>() ?? new RequestLimits();
        var concurrent = limits.Concurrent > 0 ? limits.Concurrent : 4 * Environment.ProcessorCount;
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (rejected, ct) =>
            {
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)) : 1;
                var response = rejected.HttpContext.Response;
                response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                response.ContentType = "text/plain; charset=utf-8";
                await response.WriteAsync($"429 Too Many Requests: too many new views at once. Try again in {seconds} s; views asked for before are answered at once.\n", ct);
            };
            var perClient = PartitionedRateLimiter.Create<HttpContext, string>(context => IsHealth(context)
                ? RateLimitPartition.GetNoLimiter("health")
                : RateLimitPartition.GetTokenBucketLimiter(Client(context), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limits.Burst,
                    TokensPerPeriod = limits.PerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            var instance = PartitionedRateLimiter.Create<HttpContext, string>(context => IsHealth(context)
                ? RateLimitPartition.GetNoLimiter("health")
                : RateLimitPartition.GetConcurrencyLimiter("instance", _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = concurrent,
                    QueueLimit = limits.Queue,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                }));
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(perClient, instance);
        });
        return builder;
    }

    private static string Network64(IPAddress v6)
    {
        var bytes = v6.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private static bool IsHealth(HttpContext context) => context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal);

    /// <summary>The client: its address as the forwarded headers leave it (a trusted proxy's client), IPv6 by its /64.</summary>
    private static string Client(HttpContext context) => context.Connection.RemoteIpAddress switch
    {
        null => "unknown",
        { AddressFamily: System.Net.Sockets.AddressFamily.InterNetworkV6 } v6 when !v6.IsIPv4MappedToIPv6 => Network64(v6),
        var address => (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString(),
    };
}
