// The reference: citeproc-js 2.4.63 (the CSL processor in Zotero and Mendeley) from its npm package, run under Node
// by reference.mjs on the official CSL style and locale files of Citations/Csl (see its README for their commits).
// The server runs the same processor in V8 on the same files, embedded; these tests check that what a student copies is what
// the reference processor makes of the same record, and hold the worked examples a reader can check by eye against
// the style guides (APA 7 §10.16, MLA 9 §5.2, CMOS 18 ch. 14, Cite Them Right, GB/T 7714-2015 §8).
using System.Text.RegularExpressions;
using IndustrialAtlas.Web.Citations;

namespace IndustrialAtlas.Web.Tests.Citations;

public sealed partial class CiteprocTests
{
    private static readonly CitationRenderer Renderer = CitationRenderer.For(Path.Combine(RepositoryRoot.Path, "wwwroot", "lib"));

    public static TheoryData<string, string> StylesAndExamples()
    {
        var data = new TheoryData<string, string>();
        foreach (var style in CitationStyles.Formatted)
        {
            foreach (var example in CitationExamples.Items())
            {
                data.Add(style.Key, (string)example[0]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StylesAndExamples))]
    public void Each_citation_is_what_citeproc_js_gives_for_the_same_record(string styleKey, string example)
    {
        var style = CitationStyles.Find(styleKey)!;
        var item = CitationExamples.Named(example);

        var ours = Renderer.Render(item, style);
        var reference = ReferenceProcessor.Render(style.CslId!, style.Locale, CslJsonCitation.Item(item));

        Assert.Equal(reference.Text("text"), ours.Text);
        Assert.Equal(reference.Text("html"), ours.Html);
        Assert.Equal(reference.Text("textNote"), ours.NoteText);
        Assert.Equal(reference.Text("htmlNote"), ours.NoteHtml);
    }

    [Theory]
    [InlineData("apa", "Industrial Atlas. (2026, May 2). Panzhihua (攀枝花): History, resources and claims. https://atlas.example.org/cities/panzhihua?edition=3f2a9c1b0d4e")]
    [InlineData("mla", "Industrial Atlas. Panzhihua (攀枝花): History, Resources and Claims. Version 3f2a9c1b0d4e, 2 May 2026, https://atlas.example.org/cities/panzhihua?edition=3f2a9c1b0d4e.")]
    [InlineData("chicago", "Industrial Atlas. “Panzhihua (攀枝花): History, Resources and Claims.” Version 3f2a9c1b0d4e. May 2, 2026. https://atlas.example.org/cities/panzhihua?edition=3f2a9c1b0d4e.")]
    [InlineData("harvard", "Industrial Atlas (2026) Panzhihua (攀枝花): History, resources and claims. Available at: https://atlas.example.org/cities/panzhihua?edition=3f2a9c1b0d4e (Accessed: 7 September 2026).")]
    [InlineData("gb-t-7714", "[1] INDUSTRIAL ATLAS. Panzhihua (攀枝花): History, resources and claims[EB/OL]. (2026-05-02)[2026-09-07]. https://atlas.example.org/cities/panzhihua?edition=3f2a9c1b0d4e.")]
    public void A_city_page_in_each_style(string styleKey, string expected)
    {
        Assert.Equal(expected, Renderer.Render(CitationExamples.City, CitationStyles.Find(styleKey)!).Text);
    }

    [Fact]
    public void The_chicago_note_is_the_full_first_note()
    {
        var chicago = Renderer.Render(CitationExamples.Map, CitationStyles.Chicago);

        Assert.Equal("Industrial Atlas, “Industrial Cities of China in 1970 with Vanadium (Era: Third Front Construction),” Interactive map, version 3f2a9c1b0d4e, November 23, 2026, https://atlas.example.org/?year=1970&resource=vanadium&era=third-front&edition=3f2a9c1b0d4e.", chicago.NoteText);
    }

    [Fact]
    public void A_map_is_described_as_an_interactive_map_and_titles_keep_small_words_lower_case()
    {
        var apa = Renderer.Render(CitationExamples.Map, CitationStyles.Apa);
        var mla = Renderer.Render(CitationExamples.Claim, CitationStyles.Mla);

        Assert.Contains("with vanadium (era: Third Front construction) [Interactive map].", apa.Text, StringComparison.Ordinal);
        Assert.Contains("Claim (Disputed): Only Seven or Eight Households Lived at Nongnongping in 1964", mla.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(StylesAndExamples))]
    public void The_atlas_is_named_once_and_titles_are_italic_or_quoted(string styleKey, string example)
    {
        var rendered = Renderer.Render(CitationExamples.Named(example), CitationStyles.Find(styleKey)!);

        Assert.Single(AtlasName().Matches(rendered.Text));
        Assert.DoesNotContain("\"", rendered.Text, StringComparison.Ordinal);
        // How each style sets a web page's title apart: italics, quotation marks, or (GB/T 7714) the [EB/OL] type code after it.
        var (marker, what) = styleKey switch
        {
            "apa" or "mla" or "harvard" => ("<i>", "italics"),
            "chicago" => ("\u201c", "quotation marks"),
            "gb-t-7714" => ("[EB/OL]", "the [EB/OL] type code"),
            _ => throw new ArgumentOutOfRangeException(nameof(styleKey), styleKey, "a formatted style with no rule for its titles"),
        };
        Assert.True(rendered.Html.Contains(marker, StringComparison.Ordinal), $"{styleKey}: no {what} around the title: {rendered.Html}");
    }

    [Fact]
    public void The_html_escapes_what_it_shows()
    {
        var rendered = Renderer.Render(CitationExamples.Map with { Title = "Steel & <iron>" }, CitationStyles.Apa);

        Assert.Contains("Steel &#38; &#60;iron&#62;", rendered.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<iron>", rendered.Html, StringComparison.Ordinal);
    }

    [GeneratedRegex("industrial atlas", RegexOptions.IgnoreCase)]
    private static partial Regex AtlasName();
}
