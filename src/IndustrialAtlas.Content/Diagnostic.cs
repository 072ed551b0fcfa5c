namespace IndustrialAtlas.Content;

/// <summary>One problem found in the content, located so an editor can go straight to it.</summary>
/// <param name="File">Path relative to the content folder, with forward slashes.</param>
/// <param name="Line">1-based line in that file.</param>
/// <param name="Message">What is wrong, in plain words.</param>
public sealed record Diagnostic(string File, int Line, string Message)
{
    /// <summary>The <c>file:line: message</c> form used in logs, the CLI and the status page.</summary>
    public override string ToString() => $"{File}:{Line}: {Message}";
}
