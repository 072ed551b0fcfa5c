namespace IndustrialAtlas.Web.Pages.Common;

/// <summary>
/// A part of a long page that a reader scrolls to: the browser lays it out and paints it only when it comes near the
/// screen (<c>content-visibility: auto</c>), holding its place meanwhile at a height estimated here from its text.
/// The estimate errs long, for the narrowest phone: a part that overran the place held for it would, while skipped,
/// lie over the part after it, and the geometry that assistive technology and audits read would show the two parts'
/// links on top of each other. A part too long for any held place is laid out at once.
/// </summary>
public static class LaterSection
{
    // On a 320 px phone a line holds about 36 letters of Latin text (the atlas's pages are mostly Latin, with names
    // in Chinese): 30 errs long. On a wide screen (site.css: 1000 px and more) text runs to a measure of about 90.
    private const double CharactersPerLine = 30;
    private const double CharactersPerWideLine = 70;
    private const double LineHeightRem = 1.6;
    private const double BlockRem = 2.5;
    private const double HeadingRem = 5;

    /// <summary>The held heights in rem, each a quarter more than the one before; site.css has a class for each (<c>.later-25</c> …).</summary>
    public static readonly IReadOnlyList<int> Heights = [20, 25, 32, 40, 50, 64, 80, 100, 125, 160, 200, 250, 320, 400, 500, 640, 800, 1000, 1250, 1600, 2000, 2500, 3200, 4000];

    /// <summary>The estimated height in rem of a part with this much text in this many blocks (paragraphs, list items, rows), on a phone or a wide screen.</summary>
    public static double EstimateRem(int characters, int blocks, bool wide = false) =>
        HeadingRem + (Math.Max(0, characters) / (wide ? CharactersPerWideLine : CharactersPerLine) * LineHeightRem) + (Math.Max(0, blocks) * BlockRem);

    /// <summary>
    /// The classes for such a part: <c>later later-80 later-w32</c> (the place held on a phone, then on a wide screen);
    /// when it is too long to hold a place for, none (it is laid out at once), or with <paramref name="always"/> the
    /// longest place (for a part whose cost grows with its length).
    /// </summary>
    public static string Classes(int characters, int blocks, bool always = false)
    {
        var phone = Held(EstimateRem(characters, blocks));
        if (phone == 0 && !always)
        {
            return "";
        }

        var wide = Held(EstimateRem(characters, blocks, wide: true));
        return $"later later-{(phone == 0 ? Heights[^1] : phone)} later-w{(wide == 0 ? Heights[^1] : wide)}";
    }

    private static int Held(double estimate) => Heights.FirstOrDefault(h => h >= estimate);
}
