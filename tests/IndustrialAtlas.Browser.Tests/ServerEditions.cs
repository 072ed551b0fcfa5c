using IndustrialAtlas.Web.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IndustrialAtlas.Browser.Tests;

internal static class ServerEditions
{
    /// <summary>The id of the edition the server serves when a URL names none, read from its store rather than from a page.</summary>
    public static async Task<string> CurrentEditionAsync(this AtlasServer server)
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AtlasDbContext>();
        return await db.Editions.Where(e => e.IsCurrent).Select(e => e.Id).SingleAsync();
    }
}
