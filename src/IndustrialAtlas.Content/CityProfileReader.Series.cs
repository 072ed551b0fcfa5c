using System.Globalization;

namespace IndustrialAtlas.Content;

public static partial class CityProfileReader
{
    /// <summary>The latest year a figure may describe: figures are of the past, so no later than next year.</summary>
    private static int LatestSeriesYear => DateTime.UtcNow.Year + 1;

    private static List<SeriesRecord> ReadSeries(MapReader city, Vocabulary vocabulary, HashSet<string> sourceIds)
    {
        var all = new List<SeriesRecord>();
        var seen = new Dictionary<(string Indicator, string Scope, string Source), int>();
        foreach (var item in city.List("series", required: false, i => $"series {i}"))
        {
            var indicatorSlug = item.Slug("indicator", required: true);
            var scope = item.String("scope");
            var written = item.String("unit");
            var source = item.Slug("source");
            var note = item.String("note");
            var pointItems = item.List("points", required: true, i => $"{item.What} point {i}").ToList();
            item.RejectUnknown();

            IndicatorRecord? indicator = null;
            if (indicatorSlug is not null && !vocabulary.Indicators.TryGetValue(indicatorSlug, out indicator))
            {
                item.Context.Report(item.LineOf("indicator"), $"{item.What}: unknown indicator '{indicatorSlug}' (not in indicators.yml)");
            }

            var factor = 1.0;
            if (indicator is not null && written is not null && !Units.TryFactor(indicator.Unit, written, out factor))
            {
                item.Context.Report(item.LineOf("unit"),
                    $"{item.What}: unit '{written}' does not fit {indicator.Slug}, which is counted in {indicator.Unit}; write one of {string.Join(", ", Units.WrittenUnits(indicator.Unit))}");
            }

            if (source is not null && !sourceIds.Contains(source))
            {
                item.Context.Report(item.LineOf("source"), $"{item.What}: unknown source '{source}' (not listed under 'sources')");
            }

            var earliest = vocabulary.Eras.Count == 0 ? -9999 : vocabulary.Eras.Values.Min(e => e.Start.Value);
            var points = ReadPoints(pointItems, source, factor, earliest, sourceIds);
            if (pointItems.Count == 0 && item.Node("points", required: false) is not null)
            {
                item.Context.Report(item.LineOf("points"), $"{item.What}: 'points' lists no figures");
            }

            if (indicatorSlug is null || indicator is null || points is null)
            {
                continue;
            }

            // The same indicator, scope and source twice is one series written twice, or a disagreement hidden
            // under one source; two sources that disagree are two series, each with its own source.
            var key = (indicatorSlug, scope ?? "", source ?? string.Join(",", points.Select(p => p.SourceId).Distinct()));
            if (seen.TryGetValue(key, out var first))
            {
                item.Context.Report(item.Line, $"{item.What}: the same indicator '{indicatorSlug}', scope and source as series {first}; merge them, or give each its own source");
                continue;
            }

            seen[key] = all.Count + 1;
            all.Add(new SeriesRecord(indicatorSlug, scope, written ?? indicator.Unit, source, note, points));
        }

        return all;
    }

    private static List<SeriesPointRecord>? ReadPoints(List<MapReader> items, string? seriesSource, double factor, int earliest, HashSet<string> sourceIds)
    {
        var points = new List<SeriesPointRecord>();
        var years = new Dictionary<int, int>();
        var valid = true;
        foreach (var point in items)
        {
            var year = point.Year("year", required: true);
            var text = point.String("value", required: true);
            var source = point.Slug("source");
            var note = point.String("note");
            point.RejectUnknown();

            if (year is { } y && (y.Value < earliest || y.Value > LatestSeriesYear))
            {
                point.Context.Report(point.LineOf("year"), $"{point.What}: year {y} lies outside the atlas's span ({AtlasYear.Format(earliest)} to {LatestSeriesYear})");
                year = null;
            }

            if (year is { } seen && !years.TryAdd(seen.Value, point.Line))
            {
                point.Context.Report(point.LineOf("year"), $"{point.What}: year {seen} is already given at line {years[seen.Value]}; a year appears once in a series");
                year = null;
            }

            var approximate = false;
            double? value = null;
            if (text is not null)
            {
                approximate = text.StartsWith('~');
                var digits = approximate ? text[1..].Trim() : text;
                if (!double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
                {
                    point.Context.Report(point.LineOf("value"), $"{point.What}: value '{text}' is not a number (write 12.5, or ~12.5 for an approximate figure)");
                }
                else if (number < 0)
                {
                    point.Context.Report(point.LineOf("value"), $"{point.What}: value {text} is negative");
                }
                else
                {
                    value = number * factor;
                }
            }

            var sourceId = source ?? seriesSource;
            if (source is not null && !sourceIds.Contains(source))
            {
                point.Context.Report(point.LineOf("source"), $"{point.What}: unknown source '{source}' (not listed under 'sources')");
                sourceId = null;
            }
            else if (sourceId is null)
            {
                point.Context.Report(point.Line, $"{point.What}: no source; give the series a 'source' or this point its own");
            }

            if (year is null || value is null || sourceId is null)
            {
                valid = false;
                continue;
            }

            points.Add(new SeriesPointRecord(year.Value, value.Value, approximate, sourceId, note));
        }

        return valid ? [.. points.OrderBy(p => p.Year.Value)] : null;
    }

    private static void CheckInEra(MapReader item, Vocabulary vocabulary, string? eraSlug, AtlasYear? start, AtlasYear? end, bool runsToPresent, string startKey, string? endKey)
    {
        if (eraSlug is null || !vocabulary.Eras.TryGetValue(eraSlug, out var era))
        {
            return;
        }

        var span = era.End is { } eraEnd ? $"{era.Start}–{eraEnd}" : $"{era.Start} to the present";
        if (start is { } s && (s < era.Start || (era.End is { } e1 && s > e1)))
        {
            item.Context.Report(item.LineOf(startKey), $"{item.What}: '{startKey}' {s} lies outside its era '{eraSlug}' ({span})");
        }

        if (endKey is null || era.End is not { } eraLast)
        {
            return;
        }

        if (end is { } e && e > eraLast)
        {
            item.Context.Report(item.LineOf(endKey), $"{item.What}: '{endKey}' {e} lies outside its era '{eraSlug}' ({span})");
        }
        else if (end is null && runsToPresent)
        {
            item.Context.Report(item.LineOf(startKey), $"{item.What}: runs to the present, but its era '{eraSlug}' ends in {eraLast}; give it an 'end' or a later era");
        }
    }
}
