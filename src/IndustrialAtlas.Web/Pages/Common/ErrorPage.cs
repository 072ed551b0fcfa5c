using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace IndustrialAtlas.Web.Pages.Common;

/// <summary>A link offered on an error page.</summary>
public sealed record ErrorLink(string Href, string Text);

/// <summary>What an error page says: the status, a headline, what to do, and where to go.</summary>
public sealed record ErrorModel(int Status, string Title, string Message, IReadOnlyList<ErrorLink> Links);

/// <summary>Renders <c>Shared/_Problem.cshtml</c> with a status code, for any page or filter.</summary>
public static class ErrorPage
{
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
