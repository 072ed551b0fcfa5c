using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndustrialAtlas.Web.Pages.Errors;

/// <summary><c>/error/{code}</c>: the page behind every status without a page of its own.</summary>
public sealed class IndexModel : PageModel
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
        (Title, Message) = Status switch
        {
            404 => ("Page not found", "There is no page at this address. The links below lead to everything the atlas has."),
            400 => ("Bad request", "Part of this address could not be understood."),
            405 => ("Not allowed", "This address only answers to reading, not to sending data."),
            503 when HttpContext.Items[StoreFaults.ItemKey] is string fault => ("The atlas is unavailable", fault),
            503 => ("The atlas is unavailable", "The atlas cannot answer right now. Please try again in a moment."),
            >= 500 => ("Something went wrong on our side", "The error has been logged. Please try again in a moment."),
            _ => ("Request not handled", "The request could not be answered."),
        };
    }
}
