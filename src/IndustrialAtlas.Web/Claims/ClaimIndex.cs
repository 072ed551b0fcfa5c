using IndustrialAtlas.Web.Store;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Claims;

/// <summary>
/// Keeps the full-text index of claims (the <c>ClaimSearch</c> table: FTS5 on SQLite, a tsvector column with a
/// GIN index on PostgreSQL) filled for an edition.
/// </summary>
public static class ClaimIndex
{
    /// <summary>Indexes the edition's claims unless they already are: text, note, id and the city's names.</summary>
    public static async Task EnsureAsync(AtlasDbContext db, string editionId, CancellationToken ct)
    {
        // Quoted names and CAST read the same on SQLite and PostgreSQL.
        var indexed = await db.Database.SqlQuery<int>($"""SELECT CAST(count(*) AS integer) AS "Value" FROM "ClaimSearch" WHERE "EditionId" = {editionId}""").SingleAsync(ct);
        if (indexed > 0)
        {
            return;
        }

        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "ClaimSearch" ("EditionId", "ClaimId", "Body")
            SELECT c."EditionId", c."Id", c."Key" || ' ' || c."Text" || ' ' || coalesce(c."Note", '') || ' ' || city."Name" || ' ' || city."NameZh" || ' ' || city."Pinyin"
            FROM "Claims" c JOIN "Cities" city ON city."Id" = c."CityId"
            WHERE c."EditionId" = {editionId}
            """, ct);
    }
}
