using YamlDotNet.RepresentationModel;

namespace IndustrialAtlas.Content;

/// <summary>The fields of a mapping that hold several things: a list of mappings, a map of entries, a list of ids.</summary>
internal sealed partial class MapReader
{
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
            Context.Report(Context.LineOf(value), $"{What}: '{key}' must be a list");
            yield break;
        }

        var index = 0;
        foreach (var item in sequence.Children)
        {
            index++;
            if (item is YamlMappingNode map)
            {
                yield return new MapReader(map, Context, describe(index));
            }
            else
            {
                Context.Report(Context.LineOf(item), $"{describe(index)}: expected a set of fields");
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
            Context.Report(Context.LineOf(value), $"{What}: '{key}' must be a set of 'key: value' entries");
            yield break;
        }

        foreach (var (k, v) in map.Children)
        {
            yield return ((k as YamlScalarNode)?.Value ?? "", Context.LineOf(k), v);
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
                        Context.Report(Context.LineOf(item), $"{What}: '{key}' must list ids");
                    }
                }

                return list;
            default:
                Context.Report(Context.LineOf(value), $"{What}: '{key}' must list ids");
                return [];
        }
    }
}
