using IndustrialAtlas.Web.Editions;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Http.HttpResults;

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
        api.MapSitesApi();
        api.MapSeriesApi();
        return app;
    }

    private static readonly string[] ReadMethods = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>A read-only endpoint: GET, and HEAD for the same headers without the body.</summary>
    internal static RouteHandlerBuilder MapRead(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler) =>
        endpoints.MapMethods(pattern, ReadMethods, handler);

    /// <summary>
    /// The endpoints' one place of pinning: the request's store context reads the request's edition, or the endpoint
    /// answers why there is none before its handler runs. Handlers take the edition with <c>PinnedEdition()</c>.
    /// </summary>
    internal static async ValueTask<object?> PinEdition(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.TryPin(http.RequestServices.GetRequiredService<AtlasDbContext>(), out _))
        {
            return await next(context);
        }

        return Problem(http.Edition());
    }

    /// <summary>The API's answer for a request with no edition to read: nothing published (503), or an unknown one (404).</summary>
    public static ProblemHttpResult Problem(EditionLookup? lookup) => lookup?.Problem is EditionProblem.UnknownEdition
        ? TypedResults.Problem($"There is no edition '{lookup.Requested}'. Leave out 'edition' to read the current one.", statusCode: StatusCodes.Status404NotFound, title: "Unknown edition")
        : TypedResults.Problem("The atlas has no published content yet; see /status.", statusCode: StatusCodes.Status503ServiceUnavailable);
}
