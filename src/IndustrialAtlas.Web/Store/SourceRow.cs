using System.Text.Json.Serialization;
using IndustrialAtlas.Content;

namespace IndustrialAtlas.Web.Store;

/// <summary>
/// A source as every page, chart and API answer gives it: the document (its title as published, publisher, author,
/// address at its publisher, date accessed, kind) and, where it could only be opened elsewhere, the copy it was read in.
/// The one shape of a source outside the store's own table.
/// </summary>
/// <param name="Title">The document's title as published, in its own language.</param>
/// <param name="Publisher">The issuing body or publisher.</param>
/// <param name="Author">The author, where the document names one.</param>
/// <param name="Url">The document's address at its publisher.</param>
/// <param name="Accessed">The day the document (or its copy) was read.</param>
/// <param name="Kind">official, scholarly, press, reference or weak.</param>
/// <param name="ReadAt">The address of the copy the document was read in, where it could not be opened at its publisher.</param>
/// <param name="Published">The document's own date.</param>
public sealed record SourceRow(string Title, string? Publisher, string? Author, string? Url, DateOnly? Accessed, string Kind, string? ReadAt = null, string? Published = null)
{
    /// <summary>The host of the copy, as a page names it ("read in a copy at example.org").</summary>
    [JsonIgnore]
    public string? ReadAtHost => HostOf(ReadAt);

    /// <summary>A short label for a chart's legend: the publisher or author, else the title.</summary>
    [JsonIgnore]
    public string Credit => Publisher ?? Author ?? Title;

    /// <summary>The credit as a Chinese page gives it: a Chinese publisher without the gloss written for English readers.</summary>
    public string CreditIn(bool chinese) => chinese ? Glossed.Chinese(Credit) : Credit;

    /// <summary>The host of an address a page names a copy by, or null.</summary>
    public static string? HostOf(string? address) => address is not null && Uri.TryCreate(address, UriKind.Absolute, out var u) ? u.Host : null;
}
