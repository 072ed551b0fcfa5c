using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IndustrialAtlas.Web.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SourceCopies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Published",
                table: "Sources",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReadAt",
                table: "Sources",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Published",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "ReadAt",
                table: "Sources");
        }
    }
}
