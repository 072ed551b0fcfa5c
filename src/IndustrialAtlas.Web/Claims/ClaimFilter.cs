using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Settings;
using IndustrialAtlas.Web.Store;
using IndustrialAtlas.Web.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Claims;

/// <summary>
/// The claim filters shared by <c>/claims</c> and <c>/api/claims</c>: <c>city, support, resource, era</c>
/// (combinable) and <c>q</c>, a sentence to find the closest claims to.
/// </summary>
public sealed record ClaimFilter(string? City, Support? Support, string? Resource, string? Era, string? Q)
{
    public bool IsEmpty => City is null && Support is null && Resource is null && Era is null && Q is null;

    /// <summary>Reads the filters and checks each slug against the pinned edition; every problem is named.</summary>
    public static async Task<(ClaimFilter Filter, IReadOnlyList<Say> Problems)> ParseAsync(IQueryCollection query, AtlasDbContext db, CancellationToken ct)
    {
        var problems = new List<Say>();
        string? Text(string key) => QueryValue.Once(query, key, problems.Add);

        var city = Text("city");
        var supportText = Text("support");
        var resource = Text("resource");
        var era = Text("era");
        var q = Text("q");
        Support? support = null;
        if (supportText is not null)
        {
            if (SupportWords.TryParse(supportText, out var parsed))
            {
                support = parsed;
            }
            else
            {
                problems.Add(new Say("problem.support", supportText));
            }
        }

        if (city is not null && !await db.Cities.AnyAsync(c => c.Slug == city, ct))
        {
            problems.Add(new Say("problem.city", city));
        }

        if (resource is not null && !await db.Resources.AnyAsync(r => r.Slug == resource, ct))
        {
            problems.Add(new Say("problem.resource", resource));
        }

        if (era is not null && !await db.Eras.AnyAsync(e => e.Slug == era, ct))
        {
            problems.Add(new Say("problem.era", era));
        }

        if (q is { Length: > 2000 })
        {
            problems.Add(new Say("problem.q.long"));
        }

        return (new ClaimFilter(city, support, resource, era, q), problems);
    }

    /// <summary>The claims that pass the slug and support filters (not <c>q</c>, which ranks rather than filters).</summary>
    public IQueryable<Claim> Apply(IQueryable<Claim> claims, bool withSupport = true)
    {
        if (City is not null)
        {
            claims = claims.Where(c => c.City.Slug == City);
        }

        if (withSupport && Support is { } support)
        {
            claims = claims.Where(c => c.Support == support);
        }

        if (Resource is not null)
        {
            claims = claims.Where(c => c.Resource != null && c.Resource.Slug == Resource);
        }

        if (Era is not null)
        {
            claims = claims.Where(c => c.Era != null && c.Era.Slug == Era);
        }

        return claims;
    }

    /// <summary>
    /// The matching claims' store ids in display order: by relevance to <c>q</c> when one is given (the closest
    /// claims only), otherwise by city and the profile's order.
    /// </summary>
    public async Task<IReadOnlyList<int>> MatchingIdsAsync(AtlasDbContext db, CancellationToken ct)
    {
        var filtered = Apply(db.Claims.AsNoTracking());
        if (Q is null)
        {
            return await filtered.OrderBy(c => c.City.Name).ThenBy(c => c.Position).Select(c => c.Id).ToListAsync(ct);
        }

        var ranked = await ClaimFinder.FindAsync(db, Q, ct);
        var allowed = (await filtered.Where(c => ranked.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        return [.. ranked.Where(allowed.Contains)];
    }

    public string ToQueryString(string? withoutKey = null)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value) && key != withoutKey)
            {
                pairs.Add(new(key, value));
            }
        }

        Add("city", City);
        Add("support", Support?.ToWord());
        Add("resource", Resource);
        Add("era", Era);
        Add("q", Q);
        return pairs.Count == 0 ? "" : QueryString.Create(pairs).ToString();
    }
}
