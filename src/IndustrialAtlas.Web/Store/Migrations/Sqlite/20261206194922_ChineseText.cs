using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IndustrialAtlas.Web.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChineseText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NoteZh",
                table: "Series",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScopeZh",
                table: "Series",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameZh",
                table: "Resources",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SummaryZh",
                table: "Phases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TitleZh",
                table: "Phases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameZh",
                table: "Indicators",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameZh",
                table: "Eras",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SummaryZh",
                table: "Eras",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoteZh",
                table: "Claims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TextZh",
                table: "Claims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "FigureZh",
                table: "CityResources",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoteZh",
                table: "CityResources",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UnitZh",
                table: "CityResources",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BodyHtmlZh",
                table: "Cities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SummaryZh",
                table: "Cities",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NoteZh",
                table: "Series");

            migrationBuilder.DropColumn(
                name: "ScopeZh",
                table: "Series");

            migrationBuilder.DropColumn(
                name: "NameZh",
                table: "Resources");

            migrationBuilder.DropColumn(
                name: "SummaryZh",
                table: "Phases");

            migrationBuilder.DropColumn(
                name: "TitleZh",
                table: "Phases");

            migrationBuilder.DropColumn(
                name: "NameZh",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "NameZh",
                table: "Eras");

            migrationBuilder.DropColumn(
                name: "SummaryZh",
                table: "Eras");

            migrationBuilder.DropColumn(
                name: "NoteZh",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "TextZh",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "FigureZh",
                table: "CityResources");

            migrationBuilder.DropColumn(
                name: "NoteZh",
                table: "CityResources");

            migrationBuilder.DropColumn(
                name: "UnitZh",
                table: "CityResources");

            migrationBuilder.DropColumn(
                name: "BodyHtmlZh",
                table: "Cities");

            migrationBuilder.DropColumn(
                name: "SummaryZh",
                table: "Cities");
        }
    }
}
