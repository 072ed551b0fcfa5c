using IndustrialAtlas.Web.Api;
using IndustrialAtlas.Web.Hosting;
using IndustrialAtlas.Web.Pages.Common;
using IndustrialAtlas.Web.Settings;

var builder = WebApplication.CreateBuilder(args);
builder.AddAtlasLogging();
builder.AddAtlasServer();
builder.AddAtlasHealth();
builder.AddAtlasContent();
builder.AddAtlasStore();
builder.AddAtlasIngest();
builder.AddAtlasSharing();
builder.AddAtlasPages();
builder.AddAtlasText();
builder.AddAtlasCompression();
builder.AddAnswerCache();
RequestLimits.AddRequestLimits(builder);

var app = builder.Build();
if (IngestCommand.IsInvoked(args))
{
    return await IngestCommand.RunAsync(app.Services, args, Console.Out);
}

app.UseAtlasPipeline();
app.MapRazorPages();
app.MapAtlasApi();
app.MapSharingApi();
app.MapSitemap();
app.MapAtlasHealth();
await app.PrepareAtlasStoreAsync();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
