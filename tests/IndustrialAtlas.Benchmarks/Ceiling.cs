using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace IndustrialAtlas.Benchmarks;

/// <summary>
/// The ceiling for a response of a given size: a bare Kestrel endpoint writing the same bytes with the same content
/// type, and nothing else. It is a separate process, this benchmark's own assembly started as <c>ceiling &lt;folder&gt;</c>,
/// rather than an in-process WebApplication, so that it is as fair as it can be to compare: the same
/// <c>WebApplication.CreateBuilder</c> Kestrel as the atlas, Release, the Server GC that the Web SDK gives the atlas,
/// a heap and thread pool of its own, and no logging at all.
/// </summary>
internal static class Ceiling
{
    public const string Command = "ceiling";

    private const string RoutesFile = "routes.tsv";

    /// <summary>One response to serve: the atlas's own, captured just before.</summary>
    public sealed record Response(string Path, string ContentType, byte[] Body);

    public static async Task<ServerProcess> StartAsync(IReadOnlyList<Response> responses, string folder)
    {
        Directory.CreateDirectory(folder);
        var routes = new List<string>();
        for (var i = 0; i < responses.Count; i++)
        {
            var file = string.Create(CultureInfo.InvariantCulture, $"{i}.body");
            await File.WriteAllBytesAsync(Path.Combine(folder, file), responses[i].Body);
            routes.Add($"{responses[i].Path}\t{responses[i].ContentType}\t{file}");
        }

        await File.WriteAllLinesAsync(Path.Combine(folder, RoutesFile), routes);
        return await ServerProcess.StartAsync(typeof(Ceiling).Assembly.Location, [Command, folder], new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_gcServer"] = "1",
        }, responses[0].Path, Path.Combine(folder, "ceiling.log"));
    }

    /// <summary>The child process: <c>ceiling &lt;folder&gt; --urls …</c>.</summary>
    public static async Task<int> ServeAsync(string[] args)
    {
        var folder = args[1];
        // The folder as content root: no appsettings of the atlas's are read, and no log provider is left.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args[2..], ContentRootPath = folder });
        builder.Logging.ClearProviders();
        var app = builder.Build();
        foreach (var line in await File.ReadAllLinesAsync(Path.Combine(folder, RoutesFile)))
        {
            var fields = line.Split('\t');
            var (contentType, body) = (fields[1], await File.ReadAllBytesAsync(Path.Combine(folder, fields[2])));
            app.MapGet(fields[0], context =>
            {
                context.Response.ContentType = contentType;
                context.Response.ContentLength = body.Length;
                return context.Response.Body.WriteAsync(body).AsTask();
            });
        }

        await app.RunAsync();
        return 0;
    }
}
