using System.Globalization;
using System.Text;

namespace IndustrialAtlas.Benchmarks;

/// <summary>The printed table: one row per figure with its target, in sections, and the notes that follow it.</summary>
internal sealed class Figures
{
    private readonly List<(string Name, string Value, string Target)> rows = [];
    private readonly List<string> notes = [];

    public void Section(string title) => rows.Add(("", "", title));

    public void Add(string name, string value, string target) => rows.Add(("  " + name, value, target));

    /// <summary>A line for after the table, in the text file only (the per-resource weights, for instance).</summary>
    public void Note(string line) => notes.Add(line);

    public string Render(string title, bool withNotes)
    {
        var nameWidth = rows.Max(r => r.Name.Length);
        var valueWidth = rows.Max(r => r.Value.Length);
        var text = new StringBuilder().Append(title).Append('\n').Append('\n');
        text.Append("figure".PadRight(nameWidth)).Append("  ").Append("value".PadRight(valueWidth)).Append("  target\n");
        foreach (var (name, value, target) in rows)
        {
            text.Append(name.Length == 0 ? "[" + target + "]" : name.PadRight(nameWidth) + "  " + value.PadRight(valueWidth) + "  " + target).Append('\n');
        }

        if (withNotes)
        {
            text.Append('\n').AppendJoin('\n', notes).Append('\n');
        }

        return text.ToString();
    }

    public static double Percentile(IReadOnlyList<double> values, int percent)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public static string Millis(double ms) => string.Create(CultureInfo.InvariantCulture, $"{ms:0.0} ms");

    public static string Seconds(TimeSpan time) => string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:0.00} s");

    public static string Kilobytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KB");
}
