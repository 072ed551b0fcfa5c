using System.Globalization;
using System.Text.RegularExpressions;
using IndustrialAtlas.Web.Pages.Common;

namespace IndustrialAtlas.Web.Tests.Pages.Common;

public sealed partial class LaterSectionTests
{
    [Theory]
    [InlineData(0, 0, "later later-20 later-w20")]
    [InlineData(300, 2, "later later-32 later-w20")]
    [InlineData(10_000, 20, "later later-640 later-w320")]
    public void A_part_holds_the_least_height_that_is_no_less_than_its_estimate(int characters, int blocks, string expected)
    {
        var classes = LaterSection.Classes(characters, blocks);

        Assert.Equal(expected, classes);
        var held = classes.Split(' ')[1..].Select(c => int.Parse(c.TrimStart("later-w".ToCharArray()), CultureInfo.InvariantCulture)).ToList();
        foreach (var (height, wide) in new[] { (held[0], false), (held[1], true) })
        {
            var estimate = LaterSection.EstimateRem(characters, blocks, wide);
            var index = LaterSection.Heights.ToList().IndexOf(height);
            Assert.True(height >= estimate && (index == 0 || LaterSection.Heights[index - 1] < estimate), $"{height} rem held for {estimate:0.#}");
        }
    }

    [Fact]
    public void A_part_too_long_for_any_held_height_is_laid_out_at_once_unless_it_must_wait()
    {
        Assert.Equal("", LaterSection.Classes(1_000_000, 10));
        Assert.Equal($"later later-{LaterSection.Heights[^1]} later-w{LaterSection.Heights[^1]}", LaterSection.Classes(1_000_000, 10, always: true));
    }

    [Fact]
    public void The_stylesheet_has_a_rule_for_every_held_height_and_none_other()
    {
        var css = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "wwwroot", "css", "site.css"));

        var rules = HeldRule().Matches(css).Select(m => (Wide: m.Groups[1].Value == "w", Named: Number(m.Groups[2]), Held: Number(m.Groups[3]))).ToList();

        // On a phone the first height is the .later rule's own; each other has its class, of the height it is named
        // for; on a wide screen every height has its class.
        Assert.Equal(LaterSection.Heights.Skip(1), rules.Where(r => !r.Wide).Select(r => r.Named).Order());
        Assert.Equal(LaterSection.Heights, rules.Where(r => r.Wide).Select(r => r.Named).Order());
        Assert.All(rules, r => Assert.Equal(r.Named, r.Held));
        Assert.Matches(@"@media \(min-width: 1000px\) \{\s*\.later-w20 ", css);
        Assert.Matches($@"\.later \{{ content-visibility: auto; contain-intrinsic-size: auto {LaterSection.Heights[0]}rem; \}}", css);
    }

    private static int Number(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\.later-(w?)(\d+) \{ contain-intrinsic-size: auto (\d+)rem; \}")]
    private static partial Regex HeldRule();
}
