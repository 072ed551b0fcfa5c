using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IndustrialAtlas.Browser.Tests;

/// <summary>
/// Another site on this machine, as a blog that embeds the atlas would be: Kestrel on 127.0.0.2 (another host than
/// the atlas's 127.0.0.1, so another origin and another site) with one page that frames the address it is given.
/// </summary>
public sealed class OuterSite : IAsyncDisposable
{
    private readonly WebApplication app;

    private OuterSite(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    /// <summary>The site's own address, e.g. <c>http://127.0.0.2:41234/</c>.</summary>
    public Uri Address { get; }

    public static async Task<OuterSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Parse("127.0.0.2"), 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/", (string src) => Results.Content(Framing(src), "text/html; charset=utf-8"));
        app.MapGet("/post", (string snippet) => Results.Content(Post(snippet), "text/html; charset=utf-8"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new OuterSite(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>The address of this site's page that frames <paramref name="src"/> in <c>iframe#atlas-frame</c>.</summary>
    public Uri PageFraming(Uri src) => new(Address, "/?src=" + Uri.EscapeDataString(src.ToString()));

    /// <summary>The address of this site's essay page that holds <paramref name="snippet"/> (embed code) as it is.</summary>
    public Uri PagePosting(string snippet) => new(Address, "/post?snippet=" + Uri.EscapeDataString(snippet));

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static string Post(string snippet) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A student's essay</title></head>
        <body style="font-family: serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem">
        <h1>Steel towns of the Third Front</h1>
        <p>The essay's first paragraph, before the embedded view.</p>
        {snippet}
        <p id="after">The paragraph after the embed.</p>
        </body>
        </html>
        """;

    private static string Framing(string src) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>A blog post that embeds the atlas</title></head>
        <body>
        <h1>A blog post that embeds the atlas</h1>
        <iframe id="atlas-frame" src="{WebUtility.HtmlEncode(src)}" width="800" height="500" title="Industrial Atlas"></iframe>
        </body>
        </html>
        """;
}
