using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace IndustrialAtlas.Web.Tests.Pages;

/// <summary>
/// No interface string is left in English on a Chinese page: every text and label of each page under <c>/zh/</c> is
/// scanned, and a run with Latin words that is neither marked with another language (<c>lang="en"</c>, pinyin), nor
/// part of a Chinese sentence (a name kept in Latin letters), nor a title as published, code or an address, fails.
/// </summary>
public sealed partial class ChineseInterfaceTests(AtlasFixture fixture) : IClassFixture<AtlasFixture>
{
    private readonly HttpClient client = fixture.App.CreateClient();

    /// <summary>Names of formats and styles, written the same in Chinese.</summary>
    private static readonly HashSet<string> Names = new(
        ["CSV", "PNG", "SVG", "JSON", "GeoJSON", "API", "APA", "MLA", "BibTeX", "RIS", "CSL", "GB", "Harvard", "Cite", "Them", "Right",
         "Chicago", "citeproc", "js", "iframe", "oEmbed", "JavaScript", "Natural", "Earth", "Page", "Up", "Down", "ID", "URL", "UTC",
         "EndNote", "Zotero", "Mendeley", "biblatex", "PDF"],
        StringComparer.Ordinal);

    private static readonly string[] Labels = ["aria-label", "title", "placeholder", "alt"];

    public static TheoryData<string> Pages() =>
    [
        "/zh/", "/zh/?year=1958&resource=iron-ore&list=projects&measure=crude-steel", "/zh/?from=1950&to=1980&era=first-five-year-plan",
        "/zh/cities", "/zh/cities/alpha", "/zh/claims", "/zh/claims?q=甲城", "/zh/claims/alpha-iron", "/zh/eras", "/zh/eras/ming",
        "/zh/resources", "/zh/resources/iron-ore", "/zh/sites", "/zh/sites?list=heritage", "/zh/sites/alpha-works",
        "/zh/compare?cities=alpha&indicator=crude-steel", "/zh/embed?year=1958", "/zh/status", "/zh/nothing-here", "/zh/cities/alfa",

        // Bad queries: each 400 names every bad value in Chinese.
        "/zh/?year=3000&resource=gold&era=bronze&measure=gdp2&city=nowhere&z=40", "/zh/?year=1958&year=1960&lat=1",
        "/zh/?from=1990&to=1950&lon=x", "/zh/?from=1950&list=nothing&kind=castle", "/zh/claims?support=maybe&city=nowhere&resource=gold&era=bronze&page=0",
        "/zh/cities?province=Mars&sort=x&resource=gold&era=bronze", "/zh/sites?list=foo&kind=bar&city=nowhere&province=Mars",
        "/zh/compare?cities=alpha,xx&indicator=zz&foo=1",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_chinese_page_has_no_interface_string_in_english(string address)
    {
        using var response = await client.GetAsync(address);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        var english = new List<string>();
        foreach (var element in document.All)
        {
            if (Skipped(element))
            {
                continue;
            }

            foreach (var text in element.ChildNodes.OfType<IText>().Select(t => t.Data))
            {
                if (IsEnglish(text))
                {
                    english.Add($"<{element.LocalName}> {text.Trim()}");
                }
            }

            foreach (var label in Labels)
            {
                if (element.GetAttribute(label) is { } value && IsEnglish(value))
                {
                    english.Add($"<{element.LocalName} {label}> {value}");
                }
            }
        }

        Assert.True(english.Count == 0, $"{address} has English interface text:\n" + string.Join('\n', english.Distinct()));
    }

    /// <summary>Inside code, a title as published, a script or style, or a run marked with a language other than Chinese.</summary>
    private static bool Skipped(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e.LocalName is "code" or "cite" or "script" or "style" or "pre" or "textarea" or "head" && e.LocalName != "title")
            {
                return !(e.LocalName == "head" && element.LocalName == "title");
            }

            if (e.GetAttribute("lang") is { } lang)
            {
                return !lang.StartsWith("zh-Hans", StringComparison.Ordinal) || lang.StartsWith("zh-Latn", StringComparison.Ordinal);
            }
        }

        return false;
    }

    private static bool IsEnglish(string text)
    {
        var trimmed = text.Trim();
        if (Han().IsMatch(text) || text.Contains("://", StringComparison.Ordinal) || trimmed.StartsWith('/') || Hex().IsMatch(trimmed) || Host().IsMatch(trimmed))
        {
            return false;
        }

        return Words().Matches(text).Any(m => !Names.Contains(m.Value));
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex Words();

    /// <summary>An edition's id.</summary>
    [GeneratedRegex(@"^[0-9a-f]{12}$")]
    private static partial Regex Hex();

    /// <summary>A host name, as a copy's address is named ("copies.example.org").</summary>
    [GeneratedRegex(@"^[a-z0-9-]+(\.[a-z0-9-]+)+$")]
    private static partial Regex Host();
}
