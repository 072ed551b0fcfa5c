using System.Text.Json;
using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Store;
using IndustrialAtlas.Web.Store.Entities;

namespace IndustrialAtlas.Web.Ingest;

/// <summary>The rows of one edition, principals first.</summary>
internal sealed record EditionGraph(List<Era> Eras, List<Resource> Resources, List<Indicator> Indicators, List<City> Cities)
{
    public List<SiteList> SiteLists { get; init; } = [];

    public List<Site> Sites { get; init; } = [];
}

/// <summary>Turns a valid content set into the entity graph of one edition, ready to add to the store.</summary>
internal static class EditionWriter
{
    public static EditionGraph Build(ContentSet set, string editionId)
    {
        var eras = set.Eras.Select(e => new Era
        {
            EditionId = editionId,
            Slug = e.Slug,
            Name = e.Name,
            Start = e.Start.Value,
            End = e.End?.Value,
            Summary = e.Summary,
            NameZh = e.Chinese?.Name,
            SummaryZh = e.Chinese?.Summary,
        }).ToList();
        var resources = set.Resources.Select(r => new Resource
        {
            EditionId = editionId,
            Slug = r.Slug,
            Name = r.Name,
            Kind = r.Kind,
            NameZh = r.Chinese?.Name,
        }).ToList();
        var indicators = set.Indicators.Select(i => new Indicator
        {
            EditionId = editionId,
            Slug = i.Slug,
            Name = i.Name,
            Unit = i.Unit,
            Kind = i.Kind,
            NameZh = i.Chinese?.Name,
        }).ToList();
        var eraBySlug = eras.ToDictionary(e => e.Slug);
        var resourceBySlug = resources.ToDictionary(r => r.Slug);
        var indicatorBySlug = indicators.ToDictionary(i => i.Slug);
        var cities = set.Cities.Select(c => BuildCity(c, editionId, eraBySlug, resourceBySlug, indicatorBySlug)).ToList();
        var lists = set.SiteLists.Select((l, i) => new SiteList
        {
            EditionId = editionId,
            Slug = l.Slug,
            Position = i,
            Name = l.Name,
            NameZh = l.NameZh,
            Issuer = l.Issuer,
            Start = l.Start.Value,
            Note = l.Note,
            NoteZh = l.NoteChinese,
            SourcesJson = Json(l.SourceIds.Select(id => Row(l.Sources.First(s => s.Id == id)))),
            BatchesJson = Json(l.Batches.Select(b => new SiteBatchRow(b.Batch, b.Year, b.Count, b.SourceId is null ? null : Row(l.Sources.First(s => s.Id == b.SourceId))))),
        }).ToList();
        var sites = set.Sites.Select((s, i) => BuildSite(s, i, editionId)).ToList();
        return new EditionGraph(eras, resources, indicators, cities) { SiteLists = lists, Sites = sites };
    }

    private static Site BuildSite(SiteRecord s, int position, string editionId)
    {
        // The source that places the site goes first, so a page can say which one it is.
        IEnumerable<SourceRecord> sources = s.Location is { } at ? [at.Source, .. s.Sources.Where(x => x != at.Source)] : s.Sources;
        return new Site
        {
            EditionId = editionId,
            Slug = s.Slug,
            Position = position,
            Name = s.Name,
            NameZh = s.NameZh,
            Pinyin = s.Pinyin,
            Kind = s.Kind,
            CitySlug = s.CitySlug,
            Province = s.Place.Province,
            CityName = s.Place.City,
            County = s.Place.County,
            PlaceZh = s.Place.Chinese,
            Latitude = s.Location?.Latitude,
            Longitude = s.Location?.Longitude,
            Precision = s.Location?.Precision,
            Construction = s.Construction?.Value,
            ConstructionApproximate = s.Construction?.Approximate ?? false,
            Production = s.Production?.Value,
            ProductionApproximate = s.Production?.Approximate ?? false,
            Closed = s.Closed?.Value,
            ClosedApproximate = s.Closed?.Approximate ?? false,
            Note = s.Note,
            NoteZh = s.NoteChinese,
            SourcesJson = Json(sources.Select(Row)),
            LocatedByFirstSource = s.Location is not null,
            Listings = [.. s.Lists.Select(l => new SiteListing
            {
                EditionId = editionId, ListSlug = l.ListSlug, Sector = l.Sector, Number = l.Number, Batch = l.Batch, Year = l.Year, Support = l.Support,
            })],
        };
    }

    private static SourceRow Row(SourceRecord s) =>
        new(s.Title, s.Publisher, s.Author, s.Url?.OriginalString, s.Accessed, s.Kind, s.ReadAt?.OriginalString, s.Published);

    private static string Json<T>(IEnumerable<T> rows) => JsonSerializer.Serialize(rows.ToList(), SiteJson.Options);

    private static City BuildCity(
        CityProfile profile, string editionId, Dictionary<string, Era> eras, Dictionary<string, Resource> resources, Dictionary<string, Indicator> indicators)
    {
        var sources = profile.Sources.ToDictionary(s => s.Id, s => new Source
        {
            EditionId = editionId,
            Key = s.Id,
            Title = s.Title,
            Publisher = s.Publisher,
            Author = s.Author,
            // As the profile writes it: Uri.ToString() would undo its escapes (%20 back to a space), which no href may hold.
            Url = s.Url?.OriginalString,
            Accessed = s.Accessed,
            ReadAt = s.ReadAt?.OriginalString,
            Published = s.Published,
            Kind = s.Kind,
        });
        var claims = profile.Claims.Select((c, i) => new Claim
        {
            EditionId = editionId,
            Key = c.Id,
            Position = i,
            Text = c.Text,
            Support = c.Support,
            Note = c.Note,
            TextZh = c.Chinese?.Text,
            NoteZh = c.Chinese?.Note,
            Origin = c.Origin,
            Year = c.Year?.Value,
            YearApproximate = c.Year?.Approximate ?? false,
            Era = c.EraSlug is null ? null : eras[c.EraSlug],
            Resource = c.ResourceSlug is null ? null : resources[c.ResourceSlug],
            Sources = [.. c.SourceIds.Distinct().Select(id => sources[id])],
        }).ToList();
        var claimByKey = claims.ToDictionary(c => c.Key);
        return new City
        {
            EditionId = editionId,
            Slug = profile.Slug,
            Name = profile.Name,
            NameZh = profile.NameZh,
            Pinyin = profile.Pinyin,
            Province = profile.Province,
            Latitude = profile.Latitude,
            Longitude = profile.Longitude,
            Population = profile.Population.Value,
            PopulationYear = profile.Population.Year.Value,
            PopulationSourceKey = profile.Population.SourceId,
            Summary = profile.Summary,
            BodyHtml = profile.BodyHtml,
            SummaryZh = profile.Chinese?.Summary,
            BodyHtmlZh = profile.Chinese?.BodyHtml,
            Sources = [.. sources.Values],
            Claims = claims,
            FormerNames = [.. profile.FormerNames.Select(n => new Store.Entities.FormerName
            {
                EditionId = editionId, Name = n.Name, NameZh = n.NameZh,
                From = n.From?.Value, FromApproximate = n.From?.Approximate ?? false,
                To = n.To?.Value, ToApproximate = n.To?.Approximate ?? false,
            })],
            Phases = [.. profile.Phases.Select((p, i) => new Phase
            {
                EditionId = editionId, Position = i, Title = p.Title, Summary = p.Summary, Era = eras[p.EraSlug],
                TitleZh = p.Chinese?.Title, SummaryZh = p.Chinese?.Summary,
                Start = p.Start.Value, StartApproximate = p.Start.Approximate,
                End = p.End?.Value, EndApproximate = p.End?.Approximate ?? false,
            })],
            Resources = [.. profile.Resources.Select((r, i) => new CityResource
            {
                EditionId = editionId, Position = i, Resource = resources[r.ResourceSlug], Figure = r.Figure, Unit = r.Unit,
                Year = r.Year?.Value, YearApproximate = r.Year?.Approximate ?? false,
                Since = r.Since?.Value, Until = r.Until?.Value, Note = r.Note,
                FigureZh = r.Chinese?.Figure, UnitZh = r.Chinese?.Unit, NoteZh = r.Chinese?.Note,
                Claim = r.ClaimId is null ? null : claimByKey[r.ClaimId],
                Sources = [.. r.SourceIds.Distinct().Select(id => sources[id])],
            })],
            Series = [.. profile.Series.Select((s, i) => new Series
            {
                EditionId = editionId, Position = i, Indicator = indicators[s.IndicatorSlug], Scope = s.Scope,
                WrittenUnit = s.Unit, Note = s.Note, ScopeZh = s.Chinese?.Scope, NoteZh = s.Chinese?.Note, Source = s.SourceId is null ? null : sources[s.SourceId],
                Points = [.. s.Points.Select(p => new SeriesPoint
                {
                    EditionId = editionId, Year = p.Year.Value, YearApproximate = p.Year.Approximate, Value = p.Value,
                    Approximate = p.Approximate, Source = sources[p.SourceId], Note = p.Note,
                })],
            })],
        };
    }
}
