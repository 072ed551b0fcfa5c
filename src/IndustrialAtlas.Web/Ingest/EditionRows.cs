using System.Data.Common;
using IndustrialAtlas.Web.Store;
using IndustrialAtlas.Web.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace IndustrialAtlas.Web.Ingest;

/// <summary>
/// Writes a new edition's rows into the open transaction with one prepared INSERT per table, as Microsoft.Data.Sqlite's
/// documentation recommends for bulk inserts (the PostgreSQL store takes the same commands): tracking and saving the same graph through
/// the change tracker took 5 s for 1,000 profiles (21,000 entities), this a fraction of that. Tables, columns, quoting
/// and value conversions (a claim's support stored as a word, decimals as SQLite stores them) come from the EF Core
/// model and the provider's type mappings, so the rows are the ones SaveChanges would write. Each row's key is the
/// one the store gives it (<c>RETURNING</c>), and its children take it before they are written.
/// </summary>
internal sealed class EditionRows
{
    private readonly AtlasDbContext db;
    private readonly DbConnection connection;
    private readonly DbTransaction transaction;
    private readonly ISqlGenerationHelper sql;

    private EditionRows(AtlasDbContext db)
    {
        this.db = db;
        connection = db.Database.GetDbConnection();
        transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("An edition's rows are written inside the publishing transaction.");
        sql = db.GetService<ISqlGenerationHelper>();
    }

    /// <summary>
    /// Writes the edition and the graph <see cref="EditionWriter.Build"/> made of it, principals before the rows that
    /// refer to them.
    /// </summary>
    public static async Task WriteAsync(AtlasDbContext db, Edition edition, EditionGraph graph, CancellationToken ct)
    {
        var rows = new EditionRows(db);
        await rows.InsertAsync([edition], ct);
        await rows.InsertAsync(graph.Eras, ct);
        await rows.InsertAsync(graph.Resources, ct);
        await rows.InsertAsync(graph.Indicators, ct);
        await rows.InsertAsync(graph.Cities, ct);
        var cities = graph.Cities;
        await rows.InsertAsync(cities.SelectMany(c => c.Sources.Select(s => Child(s, c, (x, id) => x.CityId = id))), ct);
        await rows.InsertAsync(cities.SelectMany(c => c.Claims.Select(x => Child(x, c, (x, id) => x.CityId = id))), ct);
        await rows.LinkAsync<Claim>(nameof(Claim.Sources), cities.SelectMany(c => c.Claims).SelectMany(x => x.Sources.Select(s => (x.Id, s.Id))), ct);
        await rows.InsertAsync(cities.SelectMany(c => c.FormerNames.Select(x => Child(x, c, (x, id) => x.CityId = id))), ct);
        await rows.InsertAsync(cities.SelectMany(c => c.Phases.Select(x => Child(x, c, (x, id) => x.CityId = id))), ct);
        await rows.InsertAsync(cities.SelectMany(c => c.Resources.Select(x => Child(x, c, (x, id) => x.CityId = id))), ct);
        await rows.LinkAsync<CityResource>(nameof(CityResource.Sources), cities.SelectMany(c => c.Resources).SelectMany(x => x.Sources.Select(s => (x.Id, s.Id))), ct);
        await rows.InsertAsync(cities.SelectMany(c => c.Series.Select(x => Child(x, c, (x, id) => x.CityId = id))), ct);
        await rows.InsertAsync(cities.SelectMany(c => c.Series).SelectMany(s => s.Points.Select(p => Child(p, s, (x, id) => x.SeriesId = id))), ct);
        await rows.InsertAsync(graph.SiteLists, ct);
        await rows.InsertAsync(graph.Sites, ct);
        await rows.InsertAsync(graph.Sites.SelectMany(s => s.Listings.Select(x => Child(x, s, (x, id) => x.SiteId = id))), ct);
    }

    /// <summary>A row of a collection, given its parent's key (the collection has no navigation back to the parent).</summary>
    private static T Child<T, TParent>(T row, TParent parent, Action<T, int> setParent)
        where TParent : EditionScoped
    {
        setParent(row, parent.Id);
        return row;
    }

    private async Task InsertAsync<T>(IEnumerable<T> rows, CancellationToken ct)
        where T : class
    {
        var type = db.Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var key = type.FindPrimaryKey()!.Properties.Single();
        // A row numbered by the store (every edition-scoped row) is written without its key and takes the one given;
        // an edition brings its own (the content's fingerprint).
        var numbered = key.ValueGenerated == ValueGenerated.OnAdd;
        var columns = type.GetProperties().Where(p => (p != key || !numbered) && p.GetColumnName(table) is not null).ToList();
        // References by navigation (a claim's era, a point's source) take the referenced row's key, written before.
        var references = type.GetForeignKeys()
            .Where(f => f.DependentToPrincipal is not null && f.Properties.Count == 1 && f.PrincipalEntityType.ClrType.IsAssignableTo(typeof(EditionScoped)))
            .Select(f => (Navigation: f.DependentToPrincipal!.GetGetter(), Property: f.Properties[0].PropertyInfo!))
            .ToList();
        var getters = columns.Select(c => c.GetGetter()).ToList();
        // Each value goes to the store as SaveChanges sends it: through the column's converter (a claim's support
        // as a word), in a parameter the provider's type mapping made (its type, e.g. decimals as SQLite keeps them).
        var converters = columns.Select(c => c.GetRelationalTypeMapping().Converter).ToList();

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})" + (numbered ? $" RETURNING {sql.DelimitIdentifier(key.GetColumnName(table)!)}" : "");
        var parameters = columns.Select((c, i) => c.GetRelationalTypeMapping().CreateParameter(command, "p" + i, null, c.IsNullable)).ToArray();
        command.Parameters.AddRange(parameters);
        await command.PrepareAsync(ct);
        foreach (var row in rows)
        {
            foreach (var (navigation, property) in references)
            {
                if (navigation.GetClrValue(row) is EditionScoped principal)
                {
                    property.SetValue(row, principal.Id);
                }
            }

            for (var i = 0; i < parameters.Length; i++)
            {
                var value = getters[i].GetClrValue(row);
                parameters[i].Value = value is null ? DBNull.Value : converters[i] is { } converter ? converter.ConvertToProvider(value) : value;
            }

            if (row is EditionScoped scoped && numbered)
            {
                scoped.Id = Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                await command.ExecuteNonQueryAsync(ct);
            }
        }
    }

    /// <summary>The rows of a many-to-many join (a claim's sources): the owner's key and the other side's.</summary>
    private async Task LinkAsync<TOwner>(string skipNavigation, IEnumerable<(int Owner, int Other)> pairs, CancellationToken ct)
    {
        var skip = db.Model.FindEntityType(typeof(TOwner))!.FindSkipNavigation(skipNavigation)!;
        var join = skip.JoinEntityType;
        var table = StoreObjectIdentifier.Table(join.GetTableName()!, join.GetSchema());
        var owner = skip.ForeignKey.Properties.Single();
        var other = join.GetForeignKeys().Single(f => f != skip.ForeignKey).Properties.Single();

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({sql.DelimitIdentifier(owner.GetColumnName(table)!)}, {sql.DelimitIdentifier(other.GetColumnName(table)!)}) VALUES (@p0, @p1)";
        var ownerValue = owner.GetRelationalTypeMapping().CreateParameter(command, "p0", 0);
        var otherValue = other.GetRelationalTypeMapping().CreateParameter(command, "p1", 0);
        command.Parameters.Add(ownerValue);
        command.Parameters.Add(otherValue);
        await command.PrepareAsync(ct);
        foreach (var (ownerId, otherId) in pairs)
        {
            ownerValue.Value = ownerId;
            otherValue.Value = otherId;
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
