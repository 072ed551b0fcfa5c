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
