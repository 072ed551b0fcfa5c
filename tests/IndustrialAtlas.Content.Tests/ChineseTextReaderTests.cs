namespace IndustrialAtlas.Content.Tests;

/// <summary>The Chinese text of a city (<c>zh/cities/&lt;slug&gt;.md</c>): set on the English records it mirrors, and each slip reported at its line.</summary>
public class ChineseTextReaderTests
{
    private static CityProfile English()
    {
        var diagnostics = new List<Diagnostic>();
        var city = CityProfileReader.Read("cities/valid.md", FixtureFiles.Read("valid.md"), FixtureFiles.Vocabulary, diagnostics);
        Assert.Empty(diagnostics);
        return city!;
    }

    private static (CityProfile? City, List<Diagnostic> Diagnostics) Read(string text)
    {
        var diagnostics = new List<Diagnostic>();
        return (ChineseTextReader.ReadCity("zh/cities/valid.md", text, English(), diagnostics), diagnostics);
    }

    private static string Valid => FixtureFiles.Read("valid.zh.md");

    [Fact]
    public void A_valid_file_sets_the_chinese_beside_the_english()
    {
        var (city, diagnostics) = Read(Valid);

        Assert.Empty(diagnostics);
        Assert.NotNull(city);
        Assert.Equal("一座具备全部字段的测试城市。", city.Chinese!.Summary);
        Assert.Equal("A fixture city with every field.", city.Summary);
        Assert.Equal(["明代铁冶", "钢铁城"], city.Phases.Select(p => p.Chinese!.Title));
        Assert.Null(city.Phases[1].Chinese!.Summary);
        Assert.Equal((25m, "亿吨", (string?)null), (city.Resources[0].Chinese!.Figure, city.Resources[0].Chinese!.Unit, city.Resources[0].Chinese!.Note));
        Assert.Equal("文章称50亿吨。", city.Claims.Single(c => c.Id == "valid-iron").Chinese!.Note);
        // A claim not written in Chinese stays English only, to be shown marked as untranslated.
        Assert.Null(city.Claims.Single(c => c.Id == "valid-memo").Chinese);
        // The series were left out: they stay as they are.
        Assert.All(city.Series, s => Assert.Null(s.Chinese));
    }

    [Fact]
    public void The_chinese_body_links_to_the_chinese_pages_and_leaves_other_links_alone()
    {
        var (city, _) = Read(Valid);

        Assert.Contains("<a href=\"/zh/cities/other\">另一座城</a>", city!.Chinese!.BodyHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org/x\">", city.Chinese.BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("/zh/", city.BodyHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  - start: 1965", "  - start: 1966", 7, "'start' does not match the English entry 2")]
    [InlineData("  valid-iron:", "  valid-irony:", 14, "claim 'valid-irony' is not a claim of the English profile")]
    [InlineData("    text: 广场上立有一座纪念碑。", "    txt: 广场上立有一座纪念碑。", 18, "unknown field 'txt'")]
    [InlineData("    title: 钢铁城", "    title: 钢铁城\n    era: ming", 9, "unknown field 'era'")]
    [InlineData("summary: 一座具备全部字段的测试城市。", "summery: 一座具备全部字段的测试城市。", 2, "unknown field 'summery'")]
    public void Each_slip_is_reported_at_its_line(string find, string replacement, int line, string message)
    {
        var (city, diagnostics) = Read(Valid.Replace(find, replacement, StringComparison.Ordinal));

        Assert.Null(city);
        Assert.Contains(diagnostics, d => d.Line == line && d.Message.Contains(message, StringComparison.Ordinal) && d.File == "zh/cities/valid.md");
    }

    [Fact]
    public void A_list_shorter_than_the_english_is_refused_with_the_counts()
    {
        var text = Valid.Replace("  - start: 1965\n    title: 钢铁城\n", "", StringComparison.Ordinal);

        var (city, diagnostics) = Read(text);

        Assert.Null(city);
        Assert.Contains(diagnostics, d => d.Line == 3 && d.Message.Contains("'phases' has 1 entries where the English has 2", StringComparison.Ordinal));
    }

    [Fact]
    public void A_chinese_file_without_its_english_city_is_a_problem_of_the_set()
    {
        var root = Path.Combine(Path.GetTempPath(), "atlas-zh-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "cities"));
            FixtureFiles.WriteTaxonomies(root);
            Directory.CreateDirectory(Path.Combine(root, "zh", "cities"));
            File.WriteAllText(Path.Combine(root, "cities", "valid.md"), FixtureFiles.Read("valid.md"));
            File.WriteAllText(Path.Combine(root, "zh", "cities", "valid.md"), Valid);
            File.WriteAllText(Path.Combine(root, "zh", "cities", "ghost.md"), Valid);
            File.WriteAllText(Path.Combine(root, "zh", "eras.yml"), "eras:\n  ming: { name: 明朝 }\n  stone-age: 石器时代\n");

            var result = ContentLoader.Load(root);

            Assert.Contains(result.Diagnostics, d => d.File == "zh/cities/ghost.md" && d.Message.Contains("there is no cities/ghost.md", StringComparison.Ordinal));
            Assert.Contains(result.Diagnostics, d => d.File == "zh/eras.yml" && d.Line == 3 && d.Message.Contains("'stone-age' is not in the English eras", StringComparison.Ordinal));
            File.Delete(Path.Combine(root, "zh", "cities", "ghost.md"));
            File.WriteAllText(Path.Combine(root, "zh", "eras.yml"), "eras:\n  ming: { name: 明朝 }\n");
            var valid = ContentLoader.Load(root);
            Assert.True(valid.IsValid, string.Join("\n", valid.Diagnostics));
            Assert.Equal("明朝", valid.Set!.Eras.Single(e => e.Slug == "ming").Chinese!.Name);
            Assert.Equal("明代铁冶", valid.Set.Cities.Single().Phases[0].Chinese!.Title);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_lists_chinese_notes_are_read_by_slug_and_an_unknown_slug_is_reported_at_its_line()
    {
        const string yaml = "list:\n  note: 名单的说明。\nsites:\n  alpha-works: 甲厂的说明。\n  nowhere-works: 不存在。\n  beta-mine: ''\n";
        var diagnostics = new List<Diagnostic>();

        var (list, sites) = ChineseTextReader.ReadSiteNotes("zh/sites/test.yml", yaml, new HashSet<string>(["alpha-works", "beta-mine"]), diagnostics);

        Assert.Equal("名单的说明。", list);
        Assert.Equal([("alpha-works", "甲厂的说明。")], sites);
        Assert.Contains(diagnostics, d => d.Line == 5 && d.Message.Contains("'nowhere-works' is not a site", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Line == 6 && d.Message.Contains("'beta-mine' needs its note in Chinese", StringComparison.Ordinal));
    }
}
