using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IndustrialAtlas.Web.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChinesePlaces : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PlaceZh",
                table: "Sites",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PlaceZh",
                table: "Sites");
        }
    }
}
