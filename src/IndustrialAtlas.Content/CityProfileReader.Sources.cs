using System.Text.RegularExpressions;

namespace IndustrialAtlas.Content;

public static partial class CityProfileReader
{
    private static readonly HashSet<string> SourceKinds = new(["official", "scholarly", "press", "reference"], StringComparer.Ordinal);

    /// <summary>The file's <c>sources:</c>: each checked as the content format says (a real title, a publisher or author, addresses).</summary>
    internal static List<SourceRecord> ReadSources(MapReader city)
    {
        var sources = new List<SourceRecord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in city.List("sources", required: true, i => $"source {i}"))
        {
            var id = item.Slug("id", required: true);
            var title = item.String("title", required: true);
            var publisher = item.String("publisher");
            var author = item.String("author");
            var urlText = item.String("url");
            var readAtText = item.String("readAt");
            var published = item.String("published");
            var accessedText = item.String("accessed");
            var kind = item.String("kind", required: true);
            item.RejectUnknown();

            if (id is not null && !seen.Add(id))
            {
                item.Context.Report(item.LineOf("id"), $"{item.What}: duplicate source id '{id}'");
            }

            var url = ReadAddress(item, "url", urlText);
            var readAt = ReadAddress(item, "readAt", readAtText);
            if (readAt is not null && url is not null && readAt == url)
            {
                item.Context.Report(item.LineOf("readAt"), $"{item.What}: 'readAt' is the same as 'url'; 'readAt' is for a copy read elsewhere than at the publisher");
            }

            if (title is not null && PlaceholderTitle().IsMatch(title))
            {
                item.Context.Report(item.LineOf("title"), $"{item.What}: '{title}' is a placeholder, not the document's title; give its real title as published, or drop the source");
            }
            else if (title is not null && CopyNoteInTitle().IsMatch(title))
            {
                item.Context.Report(item.LineOf("title"), $"{item.What}: the title says where the document was read; give the title alone and the copy's address as 'readAt'");
            }

            if (publisher is not null && CopyNoteInPublisher().IsMatch(publisher))
            {
                item.Context.Report(item.LineOf("publisher"), $"{item.What}: the publisher '{publisher}' is a note, not a name; name the publisher as published, put the copy's address in 'readAt', or leave it out and name the 'author'");
            }

            if (published is not null && !PublishedDate().IsMatch(published))
            {
                item.Context.Report(item.LineOf("published"), $"{item.What}: published '{published}' is not a year, yyyy-mm or yyyy-mm-dd");
            }

            DateOnly? accessed = null;
            if (accessedText is not null)
            {
                if (DateOnly.TryParseExact(accessedText, "yyyy-MM-dd", out var date))
                {
                    accessed = date;
                }
                else
                {
                    item.Context.Report(item.LineOf("accessed"), $"{item.What}: accessed '{accessedText}' is not a date (yyyy-mm-dd)");
                }
            }

            if (kind is not null && !SourceKinds.Contains(kind))
            {
                item.Context.Report(item.LineOf("kind"), $"{item.What}: kind '{kind}' is not one of official, scholarly, press, reference");
            }

            if (publisher is null && author is null)
            {
                item.Context.Report(item.Line, $"{item.What}: name its 'publisher' or 'author', so a reader can find it");
            }

            if (id is not null && title is not null && kind is not null)
            {
                sources.Add(new SourceRecord(id, title, publisher, author, url, accessed, kind) { ReadAt = readAt, Published = published });
            }
        }

        return sources;
    }

    private static Uri? ReadAddress(MapReader item, string key, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            item.Context.Report(item.LineOf(key), $"{item.What}: {key} '{text}' is not an http(s) address");
            return null;
        }

        if (text.Any(char.IsWhiteSpace))
        {
            item.Context.Report(item.LineOf(key), $"{item.What}: {key} '{text}' holds a space; write it as %20");
            return null;
        }

        return address;
    }

    [GeneratedRegex(@"headline not shown|title not shown|not opened|untitled|no title|title unknown|unknown title|\btbd\b|placeholder", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceholderTitle();

    [GeneratedRegex(@"\bread (only )?(in|on|through|via) (a |an |the )?([\w.-]+ )?(cop(y|ies)|mirror|proxy|repost)\b|\bread on [\w-]+\.[a-z]{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex CopyNoteInTitle();

    [GeneratedRegex(@"^-?\d{1,4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")]
    private static partial Regex PublishedDate();

    /// <summary>Words that make a publisher a note: where the document was read, or that its publisher is not known.</summary>
    [GeneratedRegex(@"\b(cop(y|ies) (on|at)|read (in|on|through|via)|reposted|reprinted|reprint of|not (given|named|shown|known)|unnamed|unattributed|unidentified)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CopyNoteInPublisher();
}
