using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace IndustrialAtlas.Content;

/// <summary>
/// Splits a profile into its YAML front matter and its Markdown body. A step of its own, so mapping
/// YAML to records never sees Markdown and rendering never sees YAML.
/// </summary>
/// <param name="Yaml">The YAML between the <c>---</c> fences, or null when the file has none.</param>
/// <param name="YamlFirstLine">1-based line of the file on which the YAML starts.</param>
/// <param name="Body">The Markdown after the closing fence.</param>
/// <param name="BodyFirstLine">1-based line of the file on which the body starts.</param>
public sealed record FrontMatter(string? Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    private static readonly MarkdownPipeline FencePipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    /// <summary>Finds the front matter with Markdig's YAML front matter extension.</summary>
    public static FrontMatter Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Only the lines up to the fence that can close the front matter are parsed here: the body is left to the
        // renderer, which reports what it refuses with a line instead of throwing from here.
        var document = Markdown.Parse(text[..FenceEnd(text)], FencePipeline);
        var block = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        if (block is null)
        {
            return new FrontMatter(null, 1, text, 1);
        }

        var yaml = string.Join('\n', block.Lines.Lines.Take(block.Lines.Count).Select(l => l.Slice.ToString()));
        // The body starts on the line after the closing fence.
        var bodyStart = Math.Min(text.Length, block.Span.End + 1);
        if (bodyStart < text.Length && text[bodyStart] == '\r')
        {
            bodyStart++;
        }

        if (bodyStart < text.Length && text[bodyStart] == '\n')
        {
            bodyStart++;
        }
        var bodyFirstLine = text.AsSpan(0, bodyStart).Count('\n') + 1;
        return new FrontMatter(yaml, block.Line + 2, text[bodyStart..], bodyFirstLine);
    }

    /// <summary>The end of the first line after the opening <c>---</c> that is <c>---</c> or <c>...</c>; 0 when the text has no opening fence.</summary>
    private static int FenceEnd(string text)
    {
        var start = 0;
        for (var line = 0; start < text.Length; line++)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            var content = text.AsSpan(start, end - start).TrimEnd();
            if (line == 0 ? !content.SequenceEqual("---") : content.SequenceEqual("---") || content.SequenceEqual("..."))
            {
                return line == 0 ? 0 : end;
            }

            start = end;
        }

        return text.Length;
    }
}
