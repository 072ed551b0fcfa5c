using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Settings;

namespace IndustrialAtlas.Web.Sharing;

/// <summary>One claim as a share card (1200 × 630 SVG): its rating, the statement, what the sources say, how many
/// sources decide it, and the caption every picture carries.</summary>
public static partial class ClaimCard
{
    private const int Width = SharePicture.CardWidth, Height = SharePicture.CardHeight;

    public static string Draw(string text, Support support, string? note, string cityName, int sources, string edition, string address, AtlasLanguage language = AtlasLanguage.English)
    {
        var chinese = language == AtlasLanguage.Chinese;
        ArgumentNullException.ThrowIfNull(text);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"{SharePicture.FontFamily}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{Width}\" height=\"{Height}\" fill=\"#faf6ee\"/><rect width=\"14\" height=\"{Height}\" fill=\"{support.Colour()}\"/>");
        var word = chinese ? AtlasWords.Chinese("support." + support.ToWord()) : support.ToWord().ToUpperInvariant();
        // A Chinese character is about as wide as the font size; a capital about 0.8 of it.
        var wordWidth = word.Length * (chinese ? 26 : 19);
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"60\" y=\"48\" width=\"{wordWidth + 40}\" height=\"46\" rx=\"6\" fill=\"{support.Colour()}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"80\" y=\"80\" font-size=\"24\" font-weight=\"700\" fill=\"#ffffff\" letter-spacing=\"1\">{word}</text>");
        var about = chinese ? AtlasWords.Chinese("card.about", cityName) : $"A claim about {cityName}";
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{wordWidth + 124}\" y=\"80\" font-size=\"24\" fill=\"#57606a\">{Encode(about)}</text>");
        var y = 160;
        foreach (var line in Wrap(ViewReference.Shorten(text, 190), 52, chinese).Take(4))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"60\" y=\"{y}\" font-size=\"38\" font-weight=\"700\" fill=\"#1f2328\">{Encode(line)}</text>");
            y += 50;
        }

        if (!string.IsNullOrWhiteSpace(note))
        {
            y += 14;
            foreach (var line in Wrap(ViewReference.Shorten(note, 330), 86, chinese).Take(5))
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"60\" y=\"{y}\" font-size=\"23\" fill=\"#3d444d\">{Encode(line)}</text>");
                y += 32;
            }
        }

        var decided = chinese
            ? AtlasWords.Chinese(sources == 0 ? "card.decided.none" : sources == 1 ? "card.decided.one" : "card.decided.many", sources)
            : (sources == 0 ? "No source backs it" : sources == 1 ? "Decided by 1 source" : $"Decided by {sources} sources") + ", listed on the claim page";
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"60\" y=\"{Height - 84}\" font-size=\"22\" font-weight=\"700\" fill=\"#1f2328\">{Encode(decided)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect y=\"{Height - 50}\" width=\"{Width}\" height=\"50\" fill=\"#f6f8fa\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"60\" y=\"{Height - 19}\" font-size=\"18\" fill=\"#57606a\">{Encode(ViewReference.Shorten(chinese ? AtlasWords.Chinese("card.footer", edition, address) : $"Industrial Atlas · edition {edition} · {address}", 116))}</text>");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// Greedy wrap at <paramref name="width"/> characters (a CJK character counts as two): words break at spaces, and in
    /// a Chinese text (<paramref name="chinese"/>) also between any two Chinese characters; a closing mark (。，、）” …)
    /// never starts a line. An English text keeps a Chinese name inside it whole.
    /// </summary>
    public static IEnumerable<string> Wrap(string text, int width, bool chinese = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = new StringBuilder();
        var length = 0;
        foreach (Match token in (chinese ? Token() : SpacedToken()).Matches(text))
        {
            var word = token.Groups["word"].Value;
            var spaced = token.Groups["space"].Length > 0 && length > 0;
            var size = word.Sum(c => c >= '\u2e80' ? 2 : 1) + (spaced ? 1 : 0);
            if (length > 0 && length + size > width && !ClosingMarks.Contains(word[0]))
            {
                yield return line.ToString();
                line.Clear();
                length = 0;
                spaced = false;
                size = word.Sum(c => c >= '\u2e80' ? 2 : 1);
            }

            line.Append(spaced ? " " : "").Append(word);
            length += size;
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    private const string ClosingMarks = "。，、；：？！）》」』”’.,;:!?)";

    /// <summary>A word with the space before it: a run of Latin letters and marks, or one CJK character.</summary>
    [GeneratedRegex(@"(?<space>\s*)(?<word>[\u2e80-\uffff]|[^\s\u2e80-\uffff]+)")]
    private static partial Regex Token();

    /// <summary>A word with the space before it: everything between two spaces.</summary>
    [GeneratedRegex(@"(?<space>\s*)(?<word>\S+)")]
    private static partial Regex SpacedToken();

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
