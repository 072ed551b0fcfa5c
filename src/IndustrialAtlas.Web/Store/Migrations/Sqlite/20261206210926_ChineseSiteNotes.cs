using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IndustrialAtlas.Web.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChineseSiteNotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NoteZh",
                table: "Sites",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoteZh",
                table: "SiteLists",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NoteZh",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "NoteZh",
                table: "SiteLists");
        }
    }
}
