using System.Text;

namespace IndustrialAtlas.Content;

/// <summary>
/// Reads one content file strictly, or says why it will not: a file that is not a plain file inside the content
/// folder (a symbolic link leading out of it or round in a loop, a pipe, a device), an empty or oversized file, and
/// bytes that are not UTF-8 are each a problem at a line of that file, never an exception, a hang or a silent U+FFFD.
/// </summary>
public static class ContentFile
{
    /// <summary>The largest taxonomy file accepted (eras, resources, indicators, weak hosts): today's are under 40 KB.</summary>
    public const int MaxTaxonomyBytes = 1024 * 1024;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of <paramref name="relative"/> under <paramref name="root"/>, or null with a problem added.</summary>
    public static string? Read(string root, string relative, int maxBytes, List<Diagnostic> problems)
    {
        var path = Path.Combine(root, relative);
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not null && Outside(root, path) is { } why)
            {
                problems.Add(new Diagnostic(relative, 1, why));
                return null;
            }

            if (!info.Exists)
            {
                problems.Add(new Diagnostic(relative, 1, "file not found"));
                return null;
            }

            // A pipe, a socket or a device has no length: reading one could wait for ever, so it is not opened.
            if (info.Length == 0)
            {
                problems.Add(new Diagnostic(relative, 1, "the file is empty, or is not a plain file (a pipe, a socket or a device)"));
                return null;
            }

            if (info.Length > maxBytes)
            {
                problems.Add(new Diagnostic(relative, 1, $"the file is {info.Length / 1024:N0} KB; it may be at most {maxBytes / 1024:N0} KB"));
                return null;
            }

            var bytes = ReadAtMost(path, maxBytes + 1);
            if (bytes.Length > maxBytes)
            {
                problems.Add(new Diagnostic(relative, 1, $"the file grew past {maxBytes / 1024:N0} KB while it was read"));
                return null;
            }

            return Decode(relative, bytes, problems);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new Diagnostic(relative, 1, $"cannot be read: {e.Message}"));
            return null;
        }
    }

    /// <summary>The text of UTF-8 bytes (a byte order mark dropped), or null with the line of the first byte that is not UTF-8.</summary>
    public static string? Decode(string relative, byte[] bytes, List<Diagnostic> problems)
    {
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        try
        {
            return Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var at = Math.Clamp(start + e.Index, start, bytes.Length);
            var line = bytes.AsSpan(0, at).Count((byte)'\n') + 1;
            var shown = e.BytesUnknown is { Length: > 0 } unknown ? string.Join(' ', unknown.Select(b => $"0x{b:X2}")) : "a byte";
            problems.Add(new Diagnostic(relative, line, $"{shown} at byte {at} is not UTF-8; save the file as UTF-8"));
            return null;
        }
    }

    /// <summary>Why a symbolic link may not be read: it leads outside the content folder or round in a loop; null when it may.</summary>
    private static string? Outside(string root, string path)
    {
        FileSystemInfo? target;
        try
        {
            target = File.ResolveLinkTarget(path, returnFinalTarget: true);
        }
        catch (IOException e)
        {
            return $"is a symbolic link that cannot be followed (a loop?): {e.Message}";
        }

        if (target is null)
        {
            return null;
        }

        var folder = RealFolder(root);
        var resolved = Path.GetFullPath(target.FullName);
        return resolved.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? null
            : $"is a symbolic link to {resolved}, outside the content folder; only files inside it are read";
    }

    private static string RealFolder(string root)
    {
        var full = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        return Directory.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName.TrimEnd(Path.DirectorySeparatorChar) ?? full;
    }

    private static byte[] ReadAtMost(string path, int count)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[Math.Min(count, (int)Math.Min(int.MaxValue, Math.Max(stream.Length, 0) + 1))];
        var total = 0;
        while (total < buffer.Length)
        {
            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return buffer.AsSpan(0, total).ToArray();
    }
}
