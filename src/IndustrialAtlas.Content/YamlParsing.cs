using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace IndustrialAtlas.Content;

/// <summary>Collects diagnostics for one file and turns YAML marks into file lines.</summary>
internal sealed class ReadContext(string file, int firstLine, List<Diagnostic> diagnostics)
{
    public string File { get; } = file;

    public void Report(int line, string message) => diagnostics.Add(new Diagnostic(File, line, message));

    public int LineOf(YamlNode node) => LineOf(node.Start);

    public int LineOf(Mark mark) => (int)mark.Line + firstLine - 1;

    /// <summary>
    /// A profile's front matter and the root of its YAML, or null (with the problem reported) when the file has no front
    /// matter or its YAML cannot be read: the first step of reading a city's file in either language.
    /// </summary>
    public static (FrontMatter Front, ReadContext Context, YamlMappingNode Root)? ParseProfile(string file, string text, List<Diagnostic> diagnostics)
    {
        var front = FrontMatter.Extract(text);
        if (front.Yaml is null)
        {
            diagnostics.Add(new Diagnostic(file, 1, "no front matter: the file must start with a '---' line, the YAML fields, and a closing '---' line"));
            return null;
        }

        var context = new ReadContext(file, front.YamlFirstLine, diagnostics);
        return context.ParseRoot(front.Yaml) is { } root ? (front, context, root) : null;
    }

    /// <summary>Parses YAML text into its root mapping, reporting syntax errors at their line.</summary>
    public YamlMappingNode? ParseRoot(string yaml)
    {
        var parser = new TrackingParser(new Parser(new StringReader(yaml)));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                Report(firstLine, "expected YAML fields (key: value) at the top level");
                return null;
            }

            return root;
        }
        catch (TooDeepException e)
        {
            Report(LineOf(e.At), $"YAML nested more than {TrackingParser.MaxDepth} levels deep; profiles need a few at most");
            return null;
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            Report(LineOf(e.Start), "YAML syntax: " + message.Split(':', 2)[^1].Trim());
            return null;
        }
        catch (InvalidOperationException)
        {
            // The scanner gives up on some malformed input without a position; the last event read is the nearest place.
            Report(LineOf(parser.LastStart), "YAML syntax: cannot read this part; check brackets, quotes and indentation");
            return null;
        }
    }
}

/// <summary>
/// Remembers where the last parsed event started, to place errors the scanner reports without one, and stops input
/// nested deeper than <see cref="MaxDepth"/>: building the node tree recurses once per level, so YAML nested
/// thousands deep would overflow the stack, which no handler can catch.
/// </summary>
internal sealed class TrackingParser(IParser inner) : IParser
{
    public const int MaxDepth = 32;

    private int depth;

    public Mark LastStart { get; private set; } = Mark.Empty;

    public YamlDotNet.Core.Events.ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        if (moved && inner.Current is { } current)
        {
            LastStart = current.Start;
            depth += current.NestingIncrease;
            if (depth > MaxDepth)
            {
                throw new TooDeepException(current.Start);
            }
        }

        return moved;
    }
}

/// <summary>YAML nested deeper than the reader allows.</summary>
internal sealed class TooDeepException(Mark at) : Exception("YAML nested too deeply")
{
    public Mark At { get; } = at;
}
