using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace IndustrialAtlas.Benchmarks;

/// <summary>
/// The ceiling for a response: a bare Kestrel endpoint writing the same bytes (the same headers, content type and
/// body, so the client reads and parses what it reads from the atlas), and doing nothing else. It is a separate process, this benchmark's own assembly started as <c>ceiling &lt;folder&gt;</c>,
/// rather than an in-process WebApplication, so that it is as fair as it can be to compare: the same
/// <c>WebApplication.CreateBuilder</c> Kestrel as the atlas, Release, the Server GC that the Web SDK gives the atlas,
/// a heap and thread pool of its own, and no logging at all.
/// </summary>
internal static class Ceiling
{
    public const string Command = "ceiling";

    private const string RoutesFile = "routes.tsv";

    /// <summary>One response to serve: the atlas's own, captured just before (its headers but those Kestrel writes itself).</summary>
    public sealed record Response(string Path, string ContentType, byte[] Body, IReadOnlyList<KeyValuePair<string, string>> Headers);

    public static async Task<ServerProcess> StartAsync(IReadOnlyList<Response> responses, string folder)
    {
        Directory.CreateDirectory(folder);
        var routes = new List<string>();
        for (var i = 0; i < responses.Count; i++)
        {
            var file = string.Create(CultureInfo.InvariantCulture, $"{i}.body");
            await File.WriteAllBytesAsync(Path.Combine(folder, file), responses[i].Body);
            var headers = string.Join('\u001f', responses[i].Headers.Select(h => $"{h.Key}\u001e{h.Value}"));
            routes.Add($"{responses[i].Path}\t{responses[i].ContentType}\t{file}\t{headers}");
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
            var headers = fields[3].Split('\u001f', StringSplitOptions.RemoveEmptyEntries).Select(h => h.Split('\u001e')).Select(h => (Name: h[0], Value: h[1])).ToArray();
            app.MapGet(fields[0], context =>
            {
                foreach (var (name, value) in headers)
                {
                    context.Response.Headers[name] = value;
                }

                context.Response.ContentType = contentType;
                context.Response.ContentLength = body.Length;
                return context.Response.Body.WriteAsync(body).AsTask();
            });
        }

        await app.RunAsync();
        return 0;
    }
}
