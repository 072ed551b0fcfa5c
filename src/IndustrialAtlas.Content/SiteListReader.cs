using System.Text.RegularExpressions;

namespace IndustrialAtlas.Content;

/// <summary>
/// Reads one file of <c>sites/</c>: an official list (<c>list:</c>), the sources of the file (<c>sources:</c>, as a city
/// profile has them) and the list's sites (<c>sites:</c>). What spans files (a site's city, lists named in another file,
/// slugs used twice) is checked by <see cref="ContentLoader"/>.
/// </summary>
public static partial class SiteListReader
{
    /// <summary>Reads the file; problems go to <paramref name="diagnostics"/>. Null when the list itself cannot be read.</summary>
    public static (SiteListRecord? List, IReadOnlyList<SiteRecord> Sites) Read(string file, string yaml, WeakHosts weakHosts, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(weakHosts);
        var context = new ReadContext(file, 1, diagnostics);
        var root = context.ParseRoot(yaml);
        if (root is null)
        {
            return (null, []);
        }

        var reader = new MapReader(root, context, "sites file");
        var sources = CityProfileReader.ReadSources(reader);
        var sourcesById = sources.DistinctBy(s => s.Id).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var list = reader.Map("list", required: true) is { } listReader ? ReadList(listReader, file, sources, sourcesById) : null;
        var sites = new List<SiteRecord>();
        foreach (var item in reader.List("sites", required: true, i => $"site {i}"))
        {
            if (ReadSite(item, file, list, sourcesById, weakHosts) is { } site)
            {
                sites.Add(site);
            }
        }

        reader.RejectUnknown();
        return (list, sites);
    }

    private static SiteListRecord? ReadList(MapReader item, string file, List<SourceRecord> sources, Dictionary<string, SourceRecord> sourcesById)
    {
        var slug = item.Slug("slug", required: true);
        var name = item.String("name", required: true);
        var nameZh = item.String("nameZh", required: true);
        var issuer = item.String("issuer", required: true);
        var start = item.Year("start", required: true);
        var note = item.String("note", required: true);
        var sourceIds = item.Slugs("sources");
        CheckSources(item, sourceIds, sourcesById, required: true);
        var batches = new List<ListBatchRecord>();
        foreach (var batch in item.List("batches", required: false, i => $"list batch {i}"))
        {
            var number = Whole(batch, "batch", required: true);
            var year = Whole(batch, "year", required: true);
            var count = Whole(batch, "count", required: true);
            var source = batch.Slug("source");
            batch.RejectUnknown();
            CheckSources(batch, source is null ? [] : [source], sourcesById, required: false, key: "source");
            if (batches.Any(b => b.Batch == number))
            {
                batch.Context.Report(batch.LineOf("batch"), $"{batch.What}: batch {number} is listed twice");
            }
            else if (number is not null && year is not null && count is not null)
            {
                batches.Add(new ListBatchRecord(number.Value, year.Value, count.Value, source));
            }
        }

        item.RejectUnknown();
        return slug is null || name is null || nameZh is null || issuer is null || start is null || note is null
            ? null
            : new SiteListRecord(slug, name, nameZh, issuer, start.Value, note, sourceIds, batches, sources, file);
    }

    private static SiteRecord? ReadSite(MapReader item, string file, SiteListRecord? list, Dictionary<string, SourceRecord> sourcesById, WeakHosts weakHosts)
    {
        var slug = item.Slug("slug", required: true);
        var name = item.String("name", required: true);
        var nameZh = item.String("nameZh");
        var pinyin = item.String("pinyin");
        var kind = item.String("kind", required: true);
        var city = item.Slug("city");
        var place = ReadPlace(item);
        var location = ReadLocation(item, sourcesById);
        var (construction, production, closed) = ReadYears(item);
        var supportWord = item.String("support");
        var listings = ReadListings(item, list);
        var note = item.String("note", required: true);
        var sourceIds = item.Slugs("sources");
        item.RejectUnknown();

        var what = $"site '{slug}'";
        if (kind is not null && !SiteKinds.Groups.ContainsKey(kind))
        {
            item.Context.Report(item.LineOf("kind"), $"{what}: kind '{kind}' is not one of {string.Join(", ", SiteKinds.Groups.Keys)}");
            kind = null;
        }

        var support = Support.Supported;
        if (supportWord is not null && !SupportWords.TryParse(supportWord, out support))
        {
            item.Context.Report(item.LineOf("support"), $"{what}: support '{supportWord}' is not one of supported, disputed, unsupported, false");
        }

        CheckSources(item, sourceIds, sourcesById, required: true);
        CityProfileReader.CheckStanding(item, $"{what} on its list", support, sourceIds, sourcesById, weakHosts);
        // The source that places the site is one of its sources, named under 'sources' or not.
        var sources = sourceIds.Select(id => sourcesById.GetValueOrDefault(id)).OfType<SourceRecord>()
            .Append(location?.Source).OfType<SourceRecord>().Distinct().ToList();
        return slug is null || name is null || kind is null || place is null || note is null || listings.Count == 0
            ? null
            : new SiteRecord(slug, name, nameZh, pinyin, kind, city, place, location, construction, production, closed,
                [.. listings.Select(l => l with { Support = support })], note, sources, file);
    }

    private static SitePlace? ReadPlace(MapReader item)
    {
        if (item.Map("place", required: true) is not { } place)
        {
            return null;
        }

        var province = place.String("province", required: true);
        var city = place.String("city");
        var county = place.String("county");
        var chinese = place.String("zh");
        place.RejectUnknown();
        if (chinese is not null && !HanCharacter().IsMatch(chinese))
        {
            place.Context.Report(place.LineOf("zh"), $"{place.What}: zh '{chinese}' holds no Chinese; write the place as its source writes it in Chinese (重庆市九龙坡区)");
            chinese = null;
        }

        return province is null ? null : new SitePlace(province, city, county, chinese);
    }

    /// <summary>The place on the map: <c>lat</c>, <c>lon</c>, <c>precision</c> and <c>locationSource</c> go together.</summary>
    private static SiteLocation? ReadLocation(MapReader item, Dictionary<string, SourceRecord> sourcesById)
    {
        var lat = item.Number("lat");
        var lon = item.Number("lon");
        var precision = item.String("precision");
        var source = item.Slug("locationSource");
        var given = new[] { lat is not null, lon is not null, precision is not null, source is not null };
        if (!given.Any(g => g))
        {
            return null;
        }

        if (!given.All(g => g))
        {
            item.Context.Report(item.LineOf(lat is null ? "lon" : "lat"), $"{item.What}: 'lat', 'lon', 'precision' and 'locationSource' go together: give all four, or none for a site no source places");
            return null;
        }

        if (lat is < -90 or > 90 || lon is < -180 or > 180)
        {
            item.Context.Report(item.LineOf("lat"), $"{item.What}: 'lat' {lat} and 'lon' {lon} are not a place on Earth");
            return null;
        }

        if (!SitePrecision.All.Contains(precision))
        {
            item.Context.Report(item.LineOf("precision"), $"{item.What}: precision '{precision}' is not one of {string.Join(", ", SitePrecision.All)}");
            return null;
        }

        if (!sourcesById.TryGetValue(source!, out var record))
        {
            item.Context.Report(item.LineOf("locationSource"), $"{item.What}: unknown source '{source}' (not listed under 'sources')");
            return null;
        }

        return new SiteLocation(lat!.Value, lon!.Value, precision!, record);
    }

    private static (AtlasYear? Construction, AtlasYear? Production, AtlasYear? Closed) ReadYears(MapReader item)
    {
        if (item.Map("years") is not { } years)
        {
            return (null, null, null);
        }

        var construction = years.Year("construction");
        var production = years.Year("production");
        var closed = years.Year("closed");
        years.RejectUnknown();
        AtlasYear?[] order = [construction, production, closed];
        var known = order.OfType<AtlasYear>().ToList();
        if (known.Zip(known.Skip(1)).Any(p => p.Second < p.First))
        {
            years.Context.Report(years.Line, $"{item.What}: the years run backwards (construction, then production, then closed)");
            return (null, null, null);
        }

        return (construction, production, closed);
    }

    private static void CheckSources(MapReader item, IReadOnlyList<string> ids, Dictionary<string, SourceRecord> sourcesById, bool required, string key = "sources")
    {
        if (required && ids.Count == 0)
        {
            item.Context.Report(item.Line, $"{item.What}: name its 'sources' (ids from the file's 'sources')");
        }

        foreach (var id in ids.Where(id => !sourcesById.ContainsKey(id)))
        {
            item.Context.Report(item.LineOf(key), $"{item.What}: unknown source '{id}' (not listed under 'sources')");
        }
    }

    private static int? Whole(MapReader item, string key, bool required)
    {
        var number = item.Number(key, required);
        if (number is { } n && (n != Math.Floor(n) || n < 0 || n > 9999))
        {
            item.Context.Report(item.LineOf(key), $"{item.What}: '{key}' must be a whole number");
            return null;
        }

        return number is null ? null : (int)number.Value;
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex HanCharacter();
}
