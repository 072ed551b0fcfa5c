using IndustrialAtlas.Web.Settings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

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
    /// The 404 for an unknown city, claim, era, resource or site (<paramref name="thing"/>: <c>city</c>, …): it names what
    /// was asked for and links to the closest known ones under <paramref name="prefix"/>, or to the list of them all
    /// when nothing is close, in the request's language.
    /// </summary>
    public static IActionResult NotFound(HttpContext http, ViewDataDictionary viewData, string thing, string? wanted, IReadOnlyList<Known> known, string prefix)
    {
        var text = http.RequestServices.GetRequiredService<IStringLocalizer<AtlasStrings>>();
        var close = ClosestMatches.Find(wanted, known, k => k.Key);
        var all = new ErrorLink(prefix, text[$"notfound.{thing}.all"]);
        var hint = text[$"notfound.{thing}.hint"] is { ResourceNotFound: false, Value: var h } ? h : "";
        var message = close.Count > 0 ? string.Concat(hint, text["notfound.close"]) : string.Concat(hint, text["notfound.none", all.Text]);
        return Result(http, viewData, StatusCodes.Status404NotFound, text[$"notfound.{thing}.title", wanted ?? ""], message,
            [.. close.Select(k => new ErrorLink($"{prefix}/{k.Key}", k.Name)), all]);
    }

    /// <summary>The interface's words in the request's language, for a page model's error page.</summary>
    public static IStringLocalizer<AtlasStrings> Text(HttpContext http) => http.RequestServices.GetRequiredService<IStringLocalizer<AtlasStrings>>();

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
