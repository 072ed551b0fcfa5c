namespace IndustrialAtlas.Content.Tests;

/// <summary>
/// The rules of sources of standing: a rated claim resting only on weak pages, a placeholder title, a copy recorded
/// as where a document was read, the weak hosts' list itself, and phases that leave years after 1840 uncovered.
/// </summary>
public class SourceStandingTests
{
    private const string WeakList = """
        parts: [baike, zhihu, wikipedia]
        paths:
          - { host: sohu.com, path: /a/ }
        farms:
          - www.360doc.com
        mirrors:
          - docslib.org
        unrelated:
          - spam.example
        """;

    private static readonly WeakHosts Weak = WeakHosts.Read("weak-hosts.yml", WeakList, []);

    private static (CityProfile? Profile, List<Diagnostic> Diagnostics) Parse(string text)
    {
        var diagnostics = new List<Diagnostic>();
        var profile = CityProfileReader.Read("cities/valid.md", text, FixtureFiles.Vocabulary with { WeakHosts = Weak }, diagnostics);
        return (profile, diagnostics);
    }

    /// <summary>The valid fixture with the survey (the only source of the false claim) at <paramref name="url"/> and, optionally, read in a copy.</summary>
    private static string SurveyAt(string? url, string? readAt = null)
    {
        var lines = new List<string>();
        if (url is not null)
        {
            lines.Add($"    url: {url}");
        }

        if (readAt is not null)
        {
            lines.Add($"    readAt: {readAt}");
        }

        return FixtureFiles.ValidWith("    author: A. Geologist", string.Join('\n', ["    author: A. Geologist", .. lines]));
    }

    [Theory]
    [InlineData("https://baike.baidu.com/item/x", "baike.baidu.com is a user encyclopedia")]
    [InlineData("https://zhuanlan.zhihu.com/p/1", "zhuanlan.zhihu.com is a user encyclopedia")]
    [InlineData("https://en.wikipedia.org/wiki/X", "en.wikipedia.org is a user encyclopedia")]
    [InlineData("https://www.360doc.com/content/1.html", "www.360doc.com is a content farm")]
    [InlineData("https://docslib.org/doc/1", "docslib.org is a mirror")]
    [InlineData("https://news.spam.example/1", "news.spam.example is a host unrelated to the publisher")]
    [InlineData("https://www.sohu.com/a/123_456", "www.sohu.com/a/123_456 is a self-media channel")]
    public void A_rated_claim_resting_only_on_a_weak_page_is_a_problem_at_its_sources_line(string url, string why)
    {
        var (profile, diagnostics) = Parse(SurveyAt(url));

        Assert.Null(profile);
        var problem = Assert.Single(diagnostics);
        Assert.Equal(48, problem.Line);
        Assert.Contains("claim 'valid-false': a false claim rests only on weak pages", problem.Message, StringComparison.Ordinal);
        Assert.Contains(why, problem.Message, StringComparison.Ordinal);
        Assert.Contains("add a source of standing or rate it unsupported", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://www.panzhihua.gov.cn/zwgk/1.html")]
    [InlineData("https://www.sohu.com/news/1.html")]
    [InlineData("https://www.xinhuanet.com/2020/1.htm")]
    public void A_name_on_the_list_matches_whole_labels_and_a_path_rule_only_its_path(string url)
    {
        var (profile, diagnostics) = Parse(SurveyAt(url));

        Assert.Empty(diagnostics);
        Assert.NotNull(profile);
    }

    [Fact]
    public void A_weak_page_beside_a_source_of_standing_is_allowed_and_an_unrated_claim_may_rest_on_one()
    {
        // valid-iron cites the census (standing) and the survey; valid-memo is unsupported and cites nothing.
        var text = SurveyAt("https://baike.baidu.com/item/x").Replace("    sources: survey", "    sources: [survey, census]", StringComparison.Ordinal);

        var (profile, diagnostics) = Parse(text);

        Assert.Empty(diagnostics);
        Assert.NotNull(profile);
    }

    [Fact]
    public void A_document_read_in_a_copy_keeps_both_addresses_and_is_judged_by_its_publisher_when_its_address_is_given()
    {
        var (profile, diagnostics) = Parse(SurveyAt("https://www.stats.gov.cn/bulletin.html", "https://www.360doc.com/content/1.html"));

        Assert.Empty(diagnostics);
        var survey = profile!.Sources.Single(s => s.Id == "survey");
        Assert.Equal(("https://www.stats.gov.cn/bulletin.html", "https://www.360doc.com/content/1.html"), (survey.Url?.OriginalString, survey.ReadAt?.OriginalString));
    }

    [Fact]
    public void A_document_known_only_from_a_copy_on_a_weak_host_is_weak()
    {
        var (_, diagnostics) = Parse(SurveyAt(null, "https://spam.example/copy.html"));

        var problem = Assert.Single(diagnostics);
        Assert.Contains("read only in a copy: spam.example is a host unrelated to the publisher", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_on_a_host_of_standing_with_no_publisher_address_is_allowed()
    {
        var (profile, diagnostics) = Parse(SurveyAt(null, "https://library.example.edu/scan.pdf"));

        Assert.Empty(diagnostics);
        Assert.Equal("https://library.example.edu/scan.pdf", profile!.Sources.Single(s => s.Id == "survey").ReadAt?.OriginalString);
    }

    [Theory]
    [InlineData("    readAt: javascript:alert(1)", "readAt 'javascript:alert(1)' is not an http(s) address")]
    [InlineData("    readAt: https://example.org/census", "'readAt' is the same as 'url'")]
    [InlineData("    published: last spring", "published 'last spring' is not a year, yyyy-mm or yyyy-mm-dd")]
    public void Where_read_and_published_are_checked(string line, string message)
    {
        var text = FixtureFiles.ValidWith("    accessed: 2026-11-23", "    accessed: 2026-11-23\n" + line);

        var (profile, diagnostics) = Parse(text);

        Assert.Null(profile);
        Assert.Contains(message, Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_published_date_may_be_a_year_a_month_or_a_day()
    {
        foreach (var date in new[] { "1990", "1990-10", "1990-10-30" })
        {
            var (profile, diagnostics) = Parse(FixtureFiles.ValidWith("    accessed: 2026-11-23", $"    accessed: 2026-11-23\n    published: {date}"));

            Assert.Empty(diagnostics);
            Assert.Equal(date, profile!.Sources.Single(s => s.Id == "census").Published);
        }
    }

    [Theory]
    [InlineData("Report on the pit (headline not shown)")]
    [InlineData("Census bulletin, not opened")]
    [InlineData("Untitled")]
    [InlineData("Feature (title unknown)")]
    public void A_placeholder_title_is_a_problem_at_its_line(string title)
    {
        var (profile, diagnostics) = Parse(FixtureFiles.ValidWith("    title: Census bulletin", $"    title: \"{title}\""));

        Assert.Null(profile);
        var problem = Assert.Single(diagnostics);
        Assert.Equal(51, problem.Line);
        Assert.Contains("is a placeholder, not the document's title", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Lost legion (read on PressReader.com)")]
    [InlineData("钢铁工业的摇篮 (read in a copy on fx361.cc)")]
    [InlineData("Luoyang (read in an IPFS copy)")]
    [InlineData("Jiayuguan City (read through the movatter.jp proxy)")]
    public void A_title_that_says_where_it_was_read_is_a_problem(string title)
    {
        var (profile, diagnostics) = Parse(FixtureFiles.ValidWith("    title: Census bulletin", $"    title: \"{title}\""));

        Assert.Null(profile);
        Assert.Contains("the title says where the document was read; give the title alone and the copy's address as 'readAt'", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Phases_that_leave_years_after_1840_uncovered_are_a_problem_at_the_phase_after_the_gap()
    {
        var text = FixtureFiles.ValidWith("  - title: Steel town", "  - title: Treaty port\n    start: 1850\n    end: 1900\n    era: ming\n  - title: Steel town");
        var lenient = FixtureFiles.Vocabulary with
        {
            Eras = new Dictionary<string, EraRecord>
            {
                ["ming"] = new("ming", "Ming and after", new AtlasYear(1368), null, null),
                ["third-front"] = new("third-front", "Third Front and after", new AtlasYear(1964), null, null),
            },
            WeakHosts = Weak,
        };
        var diagnostics = new List<Diagnostic>();

        CityProfileReader.Read("cities/valid.md", text, lenient, diagnostics);

        var problem = Assert.Single(diagnostics);
        Assert.Equal(24, problem.Line);
        Assert.Contains("phase 'Steel town': the phases leave 1901–1964 uncovered", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gap_before_1840_is_allowed_but_a_last_phase_that_ends_is_not()
    {
        // The fixture's Ming phase ends in 1644 and the next starts in 1965: a gap that opens before 1840.
        Assert.Empty(Parse(FixtureFiles.Read("valid.md")).Diagnostics);

        var (_, diagnostics) = Parse(FixtureFiles.ValidWith("    era: third-front", "    end: 1990\n    era: third-front"));

        var problem = Assert.Single(diagnostics);
        Assert.Equal(20, problem.Line);
        Assert.Contains("the last phase ends in 1990; leave out 'end' on the phase that runs to the present", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_link_to_a_claim_must_name_a_claim_of_the_profile()
    {
        var text = FixtureFiles.Read("valid.md").Replace("The body is **Markdown**.", "It holds [iron](#claim-valid-iron) and [gold](#claim-valid-gold).", StringComparison.Ordinal);

        var (profile, diagnostics) = Parse(text);

        Assert.Null(profile);
        var problem = Assert.Single(diagnostics);
        Assert.Equal(("cities/valid.md", 77), (problem.File, problem.Line));
        Assert.Contains("the link #claim-valid-gold names no claim of this profile", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_weak_hosts_list_reports_entries_that_are_not_host_names_and_duplicates()
    {
        var diagnostics = new List<Diagnostic>();

        var list = WeakHosts.Read("weak-hosts.yml", "farms:\n  - https://bad.example/path\n  - ok.example\nmirrors:\n  - ok.example\nfeeds: []\n", diagnostics);

        Assert.Equal(
            ["weak hosts: 'https://bad.example/path' under 'farms' is not a host name", "weak hosts: 'ok.example' is listed twice", "unknown field 'feeds'"],
            diagnostics.Select(d => d.Message.Replace("weak hosts: unknown", "unknown", StringComparison.Ordinal)).Select(m => m.Split(" (")[0]));
        Assert.Equal(1, list.Count);
    }
}
