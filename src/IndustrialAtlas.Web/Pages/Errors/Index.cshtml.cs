using IndustrialAtlas.Web.Settings;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace IndustrialAtlas.Web.Pages.Errors;

/// <summary><c>/error/{code}</c>: the page behind every status without a page of its own.</summary>
public sealed class IndexModel(IStringLocalizer<AtlasStrings> text) : PageModel
{
    public int Status { get; private set; }

    public string Title { get; private set; } = "";

    public string Message { get; private set; } = "";

    public string? Path { get; private set; }

    // Reached only by re-execution (a status or an exception on another address); typed by hand it is no page at all.
    public void OnGet(int code) => Describe(IsReExecuted() ? code : 404);

    private bool IsReExecuted() =>
        HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null || HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;

    private void Describe(int code)
    {
        // A code that is no error is simply not found.
        Status = code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = Status;
        Path = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        var name = Status switch
        {
            404 or 400 or 405 or 503 => Status.ToString(System.Globalization.CultureInfo.InvariantCulture),
            >= 500 => "500",
            _ => "other",
        };
        Title = text[$"error.{name}.title"];
        Message = Status == 503 && HttpContext.Items[StoreFaults.ItemKey] is string fault ? fault : text[$"error.{name}.message"];
    }
}
