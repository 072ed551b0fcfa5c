using IndustrialAtlas.Web.Sharing;

namespace IndustrialAtlas.Web.Tests.Sharing;

/// <summary>The claim card's lines: English breaks at spaces, Chinese between characters, and no line starts with a closing mark.</summary>
public sealed class ClaimCardTests
{
    [Fact]
    public void English_breaks_at_spaces_within_the_width()
    {
        var lines = ClaimCard.Wrap("The Showa Steel Works made steel for Japan's war economy from 1935.", 20).ToList();

        Assert.Equal(["The Showa Steel", "Works made steel for", "Japan's war economy", "from 1935."], lines);
    }

    [Fact]
    public void An_english_text_keeps_a_chinese_name_inside_it_whole()
    {
        var lines = ClaimCard.Wrap("Anshan is widely called China's 'Steel Capital' (钢都).", 52).ToList();

        Assert.Equal(["Anshan is widely called China's 'Steel Capital'", "(钢都)."], lines);
    }

    [Fact]
    public void Chinese_breaks_between_characters_and_a_closing_mark_stays_with_its_line()
    {
        var text = "平田康治（Koji Hirata）在斯坦福大学完成的关于鞍钢的博士论文，即以鞍山在毛泽东时代的称号“钢都”为题。";

        var lines = ClaimCard.Wrap(text, 24, chinese: true).ToList();

        Assert.Equal(text, string.Concat(lines).Replace("KojiHirata", "Koji Hirata", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.DoesNotMatch(@"^[。，、；：）”]", l));
        Assert.All(lines.SkipLast(1), l => Assert.InRange(l.Sum(c => c >= '\u2e80' ? 2 : 1), 20, 26));
        Assert.True(lines.Count >= 4, string.Join(" | ", lines));
    }
}
