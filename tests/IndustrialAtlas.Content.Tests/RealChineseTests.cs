using System.Text.RegularExpressions;

namespace IndustrialAtlas.Content.Tests;

/// <summary>The Chinese text over the checkout's own content: every city, claim, era, resource and indicator has it, and it keeps the English figures.</summary>
public partial class RealChineseTests
{
    private static readonly Lazy<ContentSet> Set = new(() => ContentLoader.Load(RepositoryContent.ContentPath).Set
        ?? throw new InvalidOperationException("the content folder has problems (RealContentTests names them)"));

    [Fact]
    public void Every_city_has_its_chinese_summary_body_phases_resources_series_and_claims()
    {
        var missing = Set.Value.Cities.SelectMany(c => new[]
        {
            c.Chinese is null ? $"{c.Slug}: summary and body" : null,
            c.Phases.Any(p => p.Chinese is null) ? $"{c.Slug}: phases" : null,
            c.Resources.Any(r => r.Chinese is null) ? $"{c.Slug}: resources" : null,
            c.Series.Any(s => s.Chinese is null) ? $"{c.Slug}: series" : null,
        }.Concat(c.Claims.Where(x => x.Chinese is null || (x.Note is not null && x.Chinese.Note is null)).Select(x => $"{c.Slug}: claim {x.Id}"))).OfType<string>().ToList();

        Assert.True(missing.Count == 0, "not yet in Chinese:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void Every_era_resource_and_indicator_has_its_chinese_name()
    {
        var set = Set.Value;
        var missing = set.Eras.Where(e => e.Chinese is null).Select(e => "era " + e.Slug)
            .Concat(set.Resources.Where(r => r.Chinese is null).Select(r => "resource " + r.Slug))
            .Concat(set.Indicators.Where(i => i.Chinese is null).Select(i => "indicator " + i.Slug)).ToList();

        Assert.True(missing.Count == 0, string.Join(", ", missing));
    }

    [Fact]
    public void Every_list_and_site_has_its_chinese_note()
    {
        var set = Set.Value;
        var missing = set.SiteLists.Where(l => l.NoteChinese is null).Select(l => "list " + l.Slug)
            .Concat(set.Sites.Where(s => s.NoteChinese is null).Select(s => "site " + s.Slug)).ToList();

        Assert.True(missing.Count == 0, "no Chinese note: " + string.Join(", ", missing));
    }

    /// <summary>
    /// A claim says the same in both languages, so each year the English gives is in the Chinese too, written as a year
    /// (1958) or as the decade of Chinese usage (20世纪50年代 for the 1950s).
    /// </summary>
    [Fact]
    public void A_claim_keeps_the_years_of_its_english()
    {
        var lost = new List<string>();
        foreach (var claim in Set.Value.Cities.SelectMany(c => c.Claims).Where(c => c.Chinese is not null))
        {
            var chinese = claim.Chinese!.Text + " " + claim.Chinese.Note;
            foreach (var year in Years().Matches(claim.Text + " " + claim.Note).Select(m => m.Value).Distinct())
            {
                // 1950 may be written 20世纪50年代 (the 1950s) or, for 1900, 20世纪初 (the early 1900s).
                var century = int.Parse(year[..2], System.Globalization.CultureInfo.InvariantCulture) + 1;
                var asDecade = year.EndsWith('0') && (chinese.Contains($"{century}世纪{year[2]}0年代", StringComparison.Ordinal) || (year[2] == '0' && chinese.Contains($"{century}世纪初", StringComparison.Ordinal)));
                if (!chinese.Contains(year, StringComparison.Ordinal) && !asDecade)
                {
                    lost.Add($"{claim.Id}: {year}");
                }
            }
        }

        Assert.True(lost.Count == 0, "years of the English missing from the Chinese:\n" + string.Join('\n', lost));
    }

    [GeneratedRegex(@"(?<![\d.,])(1[5-9]\d{2}|20[0-2]\d)(?![\d])")]
    private static partial Regex Years();
}
