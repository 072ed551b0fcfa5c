namespace IndustrialAtlas.Content;

/// <summary>
/// The units series may be written in: each indicator's stored unit and the scaled units of the same kind that
/// sources use (万吨 is <c>10kt</c>, 亿立方米 is <c>100 million m3</c>). Content names them; ingest converts.
/// </summary>
public static class Units
{
    private static readonly Dictionary<string, Dictionary<string, double>> Scales = new(StringComparer.Ordinal)
    {
        ["people"] = new(StringComparer.Ordinal) { ["people"] = 1, ["thousand people"] = 1e3, ["10k people"] = 1e4, ["million people"] = 1e6 },
        ["t"] = new(StringComparer.Ordinal) { ["t"] = 1, ["kt"] = 1e3, ["10kt"] = 1e4, ["Mt"] = 1e6 },
        ["m3"] = new(StringComparer.Ordinal) { ["m3"] = 1, ["million m3"] = 1e6, ["100 million m3"] = 1e8, ["billion m3"] = 1e9 },
        ["yuan"] = new(StringComparer.Ordinal) { ["yuan"] = 1, ["million yuan"] = 1e6, ["100 million yuan"] = 1e8, ["billion yuan"] = 1e9 },
        ["vehicles"] = new(StringComparer.Ordinal) { ["vehicles"] = 1, ["thousand vehicles"] = 1e3, ["10k vehicles"] = 1e4 },
        ["kWh"] = new(StringComparer.Ordinal) { ["kWh"] = 1, ["million kWh"] = 1e6, ["100 million kWh"] = 1e8, ["billion kWh"] = 1e9 },
    };

    /// <summary>The units an indicator may store in.</summary>
    public static IReadOnlyCollection<string> StoredUnits => Scales.Keys;

    /// <summary>The units a series of an indicator stored in <paramref name="storedUnit"/> may be written in.</summary>
    public static IReadOnlyCollection<string> WrittenUnits(string storedUnit) =>
        Scales.TryGetValue(storedUnit, out var units) ? units.Keys : [];

    /// <summary>The factor that turns a figure written in <paramref name="written"/> into <paramref name="storedUnit"/>.</summary>
    public static bool TryFactor(string storedUnit, string written, out double factor)
    {
        factor = 0;
        return Scales.TryGetValue(storedUnit, out var units) && units.TryGetValue(written, out factor);
    }
}
