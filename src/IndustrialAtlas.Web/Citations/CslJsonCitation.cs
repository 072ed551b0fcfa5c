using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace IndustrialAtlas.Web.Citations;

/// <summary>A CSL-JSON array holding the one item, as Zotero, Pandoc and citeproc-js import it.</summary>
internal static class CslJsonCitation
{
    // The JSON is shown as text (HTML-encoded by the page) or downloaded, never placed in a script, so Chinese
    // names and the & of a query string stay readable instead of becoming \u escapes.
    private static readonly JsonWriterOptions Indented = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The array a student downloads.</summary>
    public static string Format(CslItem item) => Write(item, Indented, array: true);

    /// <summary>The one item as compact JSON, as citeproc-js reads it.</summary>
    public static string Item(CslItem item) => Write(item, Compact, array: false);

    private static string Write(CslItem item, JsonWriterOptions options, bool array)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            if (array)
            {
                json.WriteStartArray();
            }

            json.WriteStartObject();
            json.WriteString("id", item.Id);
            json.WriteString("type", "webpage");
            json.WriteString("title", item.Title);
            json.WriteStartArray("author");
            json.WriteStartObject();
            json.WriteString("literal", item.Author);
            json.WriteEndObject();
            json.WriteEndArray();
            if (item.Genre is { } genre)
            {
                json.WriteString("genre", genre);
            }

            json.WriteString("version", item.EditionId);
            json.WriteString("URL", item.Url);
            json.WriteString("language", item.Language);
            WriteDate(json, "issued", item.Issued);
            WriteDate(json, "accessed", item.Accessed);
            json.WriteEndObject();
            if (array)
            {
                json.WriteEndArray();
            }
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly date)
    {
        json.WriteStartObject(name);
        json.WriteStartArray("date-parts");
        json.WriteStartArray();
        json.WriteNumberValue(date.Year);
        json.WriteNumberValue(date.Month);
        json.WriteNumberValue(date.Day);
        json.WriteEndArray();
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
