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

    public void OnGet(int code) => Describe(code);

    private void Describe(int code)
    {
        // /error/{code} is reached by re-execution; typed by hand with a code that is no error, it is simply not found.
        Status = code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = Status;
        Path = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        (Title, Message) = Status switch
        {
            404 => ("Page not found", "There is no page at this address. The links below lead to everything the atlas has."),
            400 => ("Bad request", "Part of this address could not be understood."),
            405 => ("Not allowed", "This address only answers to reading, not to sending data."),
            503 when HttpContext.Items[Hosting.StoreFaults.ItemKey] is string fault => ("The atlas is unavailable", fault),
            503 => ("The atlas is unavailable", "The atlas cannot answer right now. Please try again in a moment."),
            >= 500 => ("Something went wrong on our side", "The error has been logged. Please try again in a moment."),
            _ => ("Request not handled", "The request could not be answered."),
        };
    }
}
