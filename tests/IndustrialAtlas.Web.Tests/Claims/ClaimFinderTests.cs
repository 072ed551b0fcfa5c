using System.Net;
using System.Text.RegularExpressions;

namespace IndustrialAtlas.Web.Tests.Claims;

/// <summary>The claim finder on the real profiles: a sentence pasted from an essay finds the claim made of it.</summary>
public sealed partial class ClaimFinderTests(RealContentFixture fixture) : IClassFixture<RealContentFixture>
{
    private readonly HttpClient client = fixture.App.CreateClient();

    [Theory]
    [InlineData("Yet the most telling landmark remains the Clock Tower Monument, its frozen hands forever set to 7:28 AM", "panzhihua-clock-tower")]
    [InlineData("Local mines supply 80% of China's scandium, a metal vital for aerospace alloys.", "anshan-scandium")]
    [InlineData("A 55-year-old former crane operator, Auntie Zhang, has 2.3 million followers for her cooking videos", "benxi-auntie-zhang")]
    [InlineData("Vanadium-titanium magnetite reserves (3.5 billion tons, largest in Asia)", "panzhihua-vtm-reserves")]
    public async Task A_sentence_from_an_essay_finds_its_claim_among_the_first_three(string sentence, string claim)
    {
        var html = await client.GetStringAsync("/claims?q=" + Uri.EscapeDataString(sentence));
        var ids = ClaimItem().Matches(html).Select(m => m.Groups[1].Value).Take(3).ToList();

        Assert.Contains(claim, ids);
    }

    [Fact]
    public async Task A_chinese_name_finds_that_citys_claims()
    {
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/claims?q=" + Uri.EscapeDataString("本溪钢铁")));
        var ids = ClaimItem().Matches(html).Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.StartsWith("benxi-", id, StringComparison.Ordinal));
    }

    [GeneratedRegex("<li class=\"claim\" id=\"claim-([a-z0-9-]+)\"")]
    private static partial Regex ClaimItem();
}

