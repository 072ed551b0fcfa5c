using System.Text.Json;

namespace IndustrialAtlas.Web.Store;

/// <summary>A batch of an official list as the store keeps it: number, year, how many items, the notice that published it.</summary>
public sealed record SiteBatchRow(int Batch, int Year, int Count, SourceRow? Source);

/// <summary>
/// The JSON a site's and a list's sources and batches are kept in: a handful per row, read whole with it and never
/// queried, so a column of JSON serves where a table and its joins would only add work.
/// </summary>
public static class SiteJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<SourceRow> Sources(string json) => JsonSerializer.Deserialize<List<SourceRow>>(json, Options) ?? [];

    public static IReadOnlyList<SiteBatchRow> Batches(string json) => JsonSerializer.Deserialize<List<SiteBatchRow>>(json, Options) ?? [];
}
