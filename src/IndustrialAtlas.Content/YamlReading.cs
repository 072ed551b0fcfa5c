using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace IndustrialAtlas.Content;

/// <summary>
/// Reads one YAML mapping field by field. Every read records the key as known, so that
/// <see cref="RejectUnknown"/> can name misspelt fields; every problem is reported with its line.
/// </summary>
internal sealed partial class MapReader(YamlMappingNode node, ReadContext context, string what)
{
    private readonly HashSet<string> known = new(StringComparer.Ordinal);

    public ReadContext Context => context;

    public int Line => context.LineOf(node);

    public string What => what;

    public YamlNode? Node(string key, bool required)
    {
        known.Add(key);
        foreach (var (k, v) in node.Children)
        {
            if (k is YamlScalarNode s && s.Value == key)
            {
                if (v is YamlScalarNode { Style: ScalarStyle.Plain } n && (n.Value is null or "" or "~" or "null"))
                {
                    break;
                }

                return v;
            }
        }

        if (required)
        {
            context.Report(Line, $"{what}: missing field '{key}'");
        }

        return null;
    }

    public int LineOf(string key)
    {
        foreach (var (k, _) in node.Children)
        {
            if (k is YamlScalarNode s && s.Value == key)
            {
                return context.LineOf(k);
            }
        }

        return Line;
    }

    public string? String(string key, bool required = false)
    {
        var value = Node(key, required);
        if (value is null)
        {
            return null;
        }

        if (value is not YamlScalarNode scalar)
        {
            context.Report(context.LineOf(value), $"{what}: '{key}' must be a single value");
            return null;
        }

        var text = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                context.Report(context.LineOf(value), $"{what}: '{key}' is empty");
            }

            return null;
        }

        return text;
    }

    public string? Slug(string key, bool required = false)
    {
        var value = String(key, required);
        if (value is not null && !SlugPattern().IsMatch(value))
        {
            context.Report(LineOf(key), $"{what}: '{key}' '{value}' is not a slug (lowercase letters, digits and hyphens)");
            return null;
        }

        return value;
    }

    public AtlasYear? Year(string key, bool required = false)
    {
        var value = String(key, required);
        if (value is null)
        {
            return null;
        }

        if (!AtlasYear.TryParse(value, out var year))
        {
            context.Report(LineOf(key), $"{what}: '{key}' '{value}' is not a year (write 1965, -475 for 475 BCE, or ~1869 when approximate)");
            return null;
        }

        return year;
    }

    public double? Number(string key, bool required = false)
    {
        var value = String(key, required);
        if (value is null)
        {
            return null;
        }

        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            context.Report(LineOf(key), $"{what}: '{key}' '{value}' is not a number");
            return null;
        }

        return number;
    }

    public decimal? Decimal(string key)
    {
        var value = String(key);
        if (value is null)
        {
            return null;
        }

        if (!decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            context.Report(LineOf(key), $"{what}: '{key}' '{value}' is not a number");
            return null;
        }

        return number;
    }

    public MapReader? Map(string key, bool required = false)
    {
        var value = Node(key, required);
        if (value is null)
        {
            return null;
        }

        if (value is not YamlMappingNode map)
        {
            context.Report(context.LineOf(value), $"{what}: '{key}' must be a set of fields");
            return null;
        }

        return new MapReader(map, context, $"{what} {key}".Trim());
    }

    /// <summary>The mappings of a list field; <paramref name="describe"/> names each item in messages.</summary>
    public IEnumerable<MapReader> List(string key, bool required, Func<int, string> describe)
    {
        var value = Node(key, required);
        if (value is null)
        {
            yield break;
        }

        if (value is not YamlSequenceNode sequence)
        {
            context.Report(context.LineOf(value), $"{what}: '{key}' must be a list");
            yield break;
        }

        var index = 0;
        foreach (var item in sequence.Children)
        {
            index++;
            if (item is YamlMappingNode map)
            {
                yield return new MapReader(map, context, describe(index));
            }
            else
            {
                context.Report(context.LineOf(item), $"{describe(index)}: expected a set of fields");
            }
        }
    }

    /// <summary>The entries of a map field (<c>id: value</c>), each with its key, the line of the key and its value.</summary>
    public IEnumerable<(string Key, int Line, YamlNode Value)> Entries(string key, bool required)
    {
        var value = Node(key, required);
        if (value is null)
        {
            yield break;
        }

        if (value is not YamlMappingNode map)
        {
            context.Report(context.LineOf(value), $"{what}: '{key}' must be a set of 'key: value' entries");
            yield break;
        }

        foreach (var (k, v) in map.Children)
        {
            yield return ((k as YamlScalarNode)?.Value ?? "", context.LineOf(k), v);
        }
    }

    public IReadOnlyList<string> Slugs(string key)
    {
        var value = Node(key, required: false);
        switch (value)
        {
            case null:
                return [];
            case YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value):
                return [scalar.Value.Trim()];
            case YamlSequenceNode sequence:
                var list = new List<string>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { Length: > 0 } v })
                    {
                        list.Add(v.Trim());
                    }
                    else
                    {
                        context.Report(context.LineOf(item), $"{what}: '{key}' must list ids");
                    }
                }

                return list;
            default:
                context.Report(context.LineOf(value), $"{what}: '{key}' must list ids");
                return [];
        }
    }

    public void RejectUnknown()
    {
        foreach (var (k, _) in node.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? "?";
            if (!known.Contains(name))
            {
                context.Report(context.LineOf(k), $"{what}: unknown field '{name}'");
            }
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    internal static partial Regex SlugPattern();
}
