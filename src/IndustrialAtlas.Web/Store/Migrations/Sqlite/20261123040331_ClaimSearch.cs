using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IndustrialAtlas.Web.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClaimSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Full-text index of claims for the claim finder (SQLite FTS5). Porter stemming lets "reserves" find
            // "reserve"; the importer fills it for each new edition, in the same transaction as the claims.
            migrationBuilder.Sql(
                "CREATE VIRTUAL TABLE ClaimSearch USING fts5(EditionId UNINDEXED, ClaimId UNINDEXED, Body, tokenize = 'porter unicode61 remove_diacritics 2');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE ClaimSearch;");
        }
    }
}
