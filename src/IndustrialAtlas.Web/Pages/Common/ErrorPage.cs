using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace IndustrialAtlas.Web.Pages.Common;

/// <summary>A link offered on an error page.</summary>
public sealed record ErrorLink(string Href, string Text);

/// <summary>What an error page says: the status, a headline, what to do, and where to go.</summary>
public sealed record ErrorModel(int Status, string Title, string Message, IReadOnlyList<ErrorLink> Links);

/// <summary>One of the things a 404 can suggest: its address segment and its name.</summary>
public sealed record Known(string Key, string Name);

/// <summary>Renders <c>Shared/_Problem.cshtml</c> with a status code, for any page or filter.</summary>
public static class ErrorPage
{
    /// <summary>
    /// The 404 for an unknown city, claim, era or resource: it names what was asked for and links to the closest
    /// known ones, or to <paramref name="all"/> when nothing is close.
    /// </summary>
    public static IActionResult NotFound(HttpContext http, ViewDataDictionary viewData, string title, string? wanted, IReadOnlyList<Known> known, string prefix, ErrorLink all, string? hint = null)
    {
        var close = ClosestMatches.Find(wanted, known, k => k.Key);
        var message = close.Count > 0 ? $"{hint}Perhaps you meant one of these:".Trim() : $"{hint}{all.Text} lists them all.".Trim();
        return Result(http, viewData, StatusCodes.Status404NotFound, title, message,
            [.. close.Select(k => new ErrorLink($"{prefix}/{k.Key}", k.Name)), all]);
    }

    public static IActionResult Result(FilterContext context, int status, string title, string message, IReadOnlyList<ErrorLink> links) =>
        Result(context.HttpContext, new ViewDataDictionary(new Microsoft.AspNetCore.Mvc.ModelBinding.EmptyModelMetadataProvider(), context.ModelState), status, title, message, links);

    public static IActionResult Result(HttpContext http, ViewDataDictionary viewData, int status, string title, string message, IReadOnlyList<ErrorLink> links)
    {
        http.Response.StatusCode = status;
        return new ViewResult
        {
            ViewName = "_Problem",
            StatusCode = status,
            ViewData = new ViewDataDictionary<ErrorModel>(viewData, new ErrorModel(status, title, message, links)),
        };
    }
}
