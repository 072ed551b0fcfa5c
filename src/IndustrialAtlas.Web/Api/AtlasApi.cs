using IndustrialAtlas.Web.Store;

namespace IndustrialAtlas.Web.Api;

public static class AtlasApi
{
    /// <summary>The JSON API under <c>/api</c>. Every endpoint reads the edition named by <c>edition=</c>, or the current one.</summary>
    public static WebApplication MapAtlasApi(this WebApplication app)
    {
        var api = app.MapGroup("/api").AddEndpointFilter(PinEdition);
        api.MapCitiesApi();
        api.MapMapDataApi();
        api.MapClaimsApi();
        return app;
    }

    private static async ValueTask<object?> PinEdition(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var db = http.RequestServices.GetRequiredService<AtlasDbContext>();
        var requested = http.Request.Query["edition"].ToString();
        var edition = await db.PinEditionAsync(requested, http.RequestAborted);
        if (edition is not null)
        {
            return await next(context);
        }

        return string.IsNullOrEmpty(requested)
            ? Results.Problem("The atlas has no published content yet; see /status.", statusCode: StatusCodes.Status503ServiceUnavailable)
            : Results.Problem($"There is no edition '{requested}'. Leave out 'edition' to read the current one.", statusCode: StatusCodes.Status404NotFound, title: "Unknown edition");
    }
}
