namespace IndustrialAtlas.Content;

/// <summary>
/// The hosts whose pages are weak sources (user encyclopedias, Q&amp;A, forums, blogs, self-media, document sharing,
/// mirrors and copies on unrelated hosts), read from <c>weak-hosts.yml</c>. A rated claim may cite them beside a source
/// of standing, never alone. The list is content, so an editor extends it without a code change.
/// </summary>
public sealed class WeakHosts
{
    /// <summary>The lists of whole hosts, each with what its hosts are, as the file names them.</summary>
    public static readonly IReadOnlyDictionary<string, string> HostLists = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["farms"] = "a content farm, personal encyclopedia, forum, blog or document-sharing site",
        ["mirrors"] = "a mirror, aggregator or portal copy",
        ["unrelated"] = "a host unrelated to the publisher carrying a copy",
    };

    private readonly Dictionary<string, string> hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> parts = [];
    private readonly List<(string Host, string Path)> paths = [];

    /// <summary>An empty list: nothing is weak (a content folder without <c>weak-hosts.yml</c>).</summary>
    public static WeakHosts None { get; } = new();

    /// <summary>How many entries the list holds.</summary>
    public int Count => hosts.Count + parts.Count + paths.Count;

    /// <summary>
    /// Why <paramref name="source"/> is a weak page, or null when it can stand on its own. A document read in a copy
    /// (<c>readAt</c>) is judged by the document when its publisher's address is given (a reader can check it there);
    /// a document with no address at its publisher, known only from a copy on a weak host, is only as good as that copy.
    /// </summary>
    public string? WhyWeak(SourceRecord source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return WhyWeak(source.Url) ?? (source.Url is null && WhyWeak(source.ReadAt) is { } copy ? $"read only in a copy: {copy}" : null);
    }

    /// <summary>Why a page at <paramref name="url"/> is weak, or null when its host is not on the list.</summary>
    public string? WhyWeak(Uri? url)
    {
        if (url is null)
        {
            return null;
        }

        var host = url.Host.ToLowerInvariant();
        var authority = url.IsDefaultPort ? host : $"{host}:{url.Port}";
        foreach (var candidate in new[] { authority, host })
        {
            for (var h = candidate; h.Length > 0; h = h.IndexOf('.') is var dot and >= 0 ? h[(dot + 1)..] : "")
            {
                if (hosts.TryGetValue(h, out var why))
                {
                    return $"{host} is {why}";
                }
            }
        }

        // Whole labels only: 'zhihu' is Zhihu (zhihu.com, zhuanlan.zhihu.com), not panzhihua.gov.cn.
        var labels = $".{host}.";
        if (parts.FirstOrDefault(p => labels.Contains($".{p}.", StringComparison.Ordinal)) is { } part)
        {
            return $"{host} is a user encyclopedia, Q&A, forum, blog, self-media or document-sharing site ('{part}')";
        }

        return paths.Any(p => (host == p.Host || host.EndsWith("." + p.Host, StringComparison.Ordinal))
                              && url.AbsolutePath.StartsWith(p.Path, StringComparison.Ordinal))
            ? $"{host}{url.AbsolutePath} is a self-media channel"
            : null;
    }

    /// <summary>Reads <c>weak-hosts.yml</c>; problems go to <paramref name="diagnostics"/>.</summary>
    public static WeakHosts Read(string file, string yaml, List<Diagnostic> diagnostics)
    {
        var list = new WeakHosts();
        var context = new ReadContext(file, 1, diagnostics);
        var root = context.ParseRoot(yaml);
        if (root is null)
        {
            return list;
        }

        var reader = new MapReader(root, context, "weak hosts");
        foreach (var (key, why) in HostLists)
        {
            foreach (var host in reader.Slugs(key))
            {
                if (host.Contains('/', StringComparison.Ordinal) || host.Contains(' ', StringComparison.Ordinal))
                {
                    context.Report(reader.LineOf(key), $"weak hosts: '{host}' under '{key}' is not a host name (no scheme or path)");
                }
                else if (!list.hosts.TryAdd(host.ToLowerInvariant(), why))
                {
                    context.Report(reader.LineOf(key), $"weak hosts: '{host}' is listed twice");
                }
            }
        }

        list.parts.AddRange(reader.Slugs("parts").Select(p => p.ToLowerInvariant()));
        foreach (var item in reader.List("paths", required: false, i => $"weak path {i}"))
        {
            var host = item.String("host", required: true);
            var path = item.String("path", required: true);
            item.RejectUnknown();
            if (host is not null && path is not null)
            {
                list.paths.Add((host.ToLowerInvariant(), path.StartsWith('/') ? path : "/" + path));
            }
        }

        reader.RejectUnknown();
        return list;
    }
}
