using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace IndustrialAtlas.Web.Citations;

/// <summary>A CSL-JSON array holding the one item, as Zotero, Pandoc and citeproc import it.</summary>
internal static class CslJsonCitation
{
    // The JSON is shown as text (HTML-encoded by the page) or downloaded, never placed in a script, so Chinese
    // names and the & of a query string stay readable instead of becoming \u escapes.
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Format(CslItem item)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            json.WriteStartObject();
            json.WriteString("id", item.Id);
            json.WriteString("type", "webpage");
            json.WriteString("title", item.Title);
            json.WriteString("container-title", item.ContainerTitle);
            json.WriteString("publisher", item.Publisher);
            json.WriteString("URL", item.Url);
            json.WriteString("version", item.Version);
            WriteDate(json, "issued", item.Issued);
            WriteDate(json, "accessed", item.Accessed);
            json.WriteStartArray("author");
            json.WriteStartObject();
            json.WriteString("literal", item.Publisher);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
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
