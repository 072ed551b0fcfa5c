using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IndustrialAtlas.Web.Api;

/// <summary>RFC 4180 CSV: every field quoted when it holds a comma, quote or line break; UTF-8 with a BOM so spreadsheets read 汉字.</summary>
internal static class Csv
{
    public static FileContentHttpResult File(string name, IEnumerable<string> header, IEnumerable<IEnumerable<object?>> rows)
    {
        var text = new StringBuilder();
        Line(text, header);
        foreach (var row in rows)
        {
            Line(text, row);
        }

        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
        return TypedResults.File(bytes, "text/csv; charset=utf-8", name);
    }

    private static void Line(StringBuilder text, IEnumerable<object?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            text.Append(first ? "" : ",");
            first = false;
            var value = Convert.ToString(field, System.Globalization.CultureInfo.InvariantCulture) ?? "";
            text.Append(value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value);
        }

        text.Append("\r\n");
    }
}
