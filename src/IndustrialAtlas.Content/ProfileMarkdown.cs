using Markdig;

namespace IndustrialAtlas.Content;

/// <summary>Renders profile bodies. Raw HTML in content is shown as text, never passed to the page.</summary>
public static class ProfileMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .Build();

    /// <summary>Markdown to HTML, safe to embed in a page.</summary>
    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline);
}
