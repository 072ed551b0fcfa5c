using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace IndustrialAtlas.Content;

/// <summary>
/// Renders profile bodies. Raw HTML in content is shown as text, never passed to the page; links may point only
/// to the web (<c>http</c>, <c>https</c>), to mail, within the site or within the page, never to
/// <c>javascript:</c>, <c>data:</c> or any other scheme.
/// </summary>
public static class ProfileMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .Build();

    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    /// <summary>
    /// Renders <paramref name="markdown"/>, reporting (with its line) each link to a scheme that is not allowed and
    /// input the parser refuses (such as blocks nested beyond its limit). Null when there is a problem.
    /// </summary>
    /// <param name="markdown">The profile's body.</param>
    /// <param name="firstLine">The 1-based line of the file on which the body starts.</param>
    /// <param name="report">Receives each problem: the file's line and what is wrong.</param>
    /// <param name="sitePrefix">Put before every link to a site path (<c>/zh</c> for the Chinese body, so its links stay in Chinese).</param>
    public static string? Render(string markdown, int firstLine, Action<int, string> report, string sitePrefix = "")
    {
        ArgumentNullException.ThrowIfNull(report);
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, Pipeline);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or InsufficientExecutionStackException)
        {
            report(firstLine, $"Markdown the renderer refuses ({e.Message.TrimEnd('.')}); nest quotes and lists only a few levels deep");
            return null;
        }

        var valid = true;
        foreach (var (url, line) in Links(document))
        {
            if (SchemeOf(url) is { } scheme && !AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase))
            {
                report(firstLine + line, $"link to '{Shorten(url)}': a profile may link only to http, https or mailto addresses, site paths and #anchors");
                valid = false;
            }
        }

        if (sitePrefix.Length > 0)
        {
            foreach (var link in document.Descendants<LinkInline>().Where(l => l.Url is { } u && u.StartsWith('/') && !u.StartsWith("//", StringComparison.Ordinal)))
            {
                link.Url = sitePrefix + (link.Url == "/" ? "/" : link.Url);
            }
        }

        return valid ? document.ToHtml(Pipeline) : null;
    }

    private static IEnumerable<(string Url, int Line)> Links(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            yield return (link.Url ?? "", link.Line);
        }

        foreach (var link in document.Descendants<AutolinkInline>())
        {
            yield return (link.Url ?? "", link.Line);
        }

        foreach (var definition in document.Descendants<LinkReferenceDefinition>())
        {
            yield return (definition.Url ?? "", definition.Line);
        }
    }

    /// <summary>The URL's scheme, as a browser would read it (it ignores leading spaces and control characters); null for a path or #anchor.</summary>
    private static string? SchemeOf(string url)
    {
        var text = new string([.. url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var end = text.IndexOfAny(['/', '?', '#']);
        return colon > 0 && (end < 0 || colon < end) ? text[..colon] : null;
    }

    private static string Shorten(string url) => url.Length <= 40 ? url : url[..40] + "…";
}
