using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IndustrialAtlas.Web.Store.Migrations.Postgres
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
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScopeZh",
                table: "Series",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameZh",
                table: "Resources",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SummaryZh",
                table: "Phases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TitleZh",
                table: "Phases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameZh",
                table: "Indicators",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameZh",
                table: "Eras",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SummaryZh",
                table: "Eras",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoteZh",
                table: "Claims",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TextZh",
                table: "Claims",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "FigureZh",
                table: "CityResources",
                type: "numeric",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoteZh",
                table: "CityResources",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UnitZh",
                table: "CityResources",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BodyHtmlZh",
                table: "Cities",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SummaryZh",
                table: "Cities",
                type: "text",
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
