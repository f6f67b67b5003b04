using ActorGraph.Seed.Records;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ActorGraph.Seed.Yaml;

/// <summary>A YAML map seen as a <see cref="SeedRecord"/>. Unknown keys are reported when it is built.</summary>
internal sealed class YamlRecord : SeedRecord
{
    private readonly YamlNode?[] _values;

    public YamlRecord(string file, YamlMappingNode map, FieldSet set, SeedErrors errors) : base(file)
    {
        Location = LocationOf(map.Start);
        _values = new YamlNode?[set.Names.Length];
        var keys = new (string Text, Location At)[set.Names.Length];
        foreach (var (keyNode, value) in map.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                errors.Add(file, LocationOf(keyNode.Start), $"a {set.Entity} field name must be a plain word");
                continue;
            }
            var index = set.IndexOf(key, SeedFormat.Yaml);
            if (index < 0)
            {
                errors.Add(file, LocationOf(keyNode.Start), set.UnknownFieldMessage(key, SeedFormat.Yaml));
                continue;
            }
            if (_values[index] is not null)
            {
                var first = keys[index];
                errors.Add(file, LocationOf(keyNode.Start),
                    $"{set.Entity} field '{key}' is given twice (first as '{first.Text}' at line {first.At.Line}); field names ignore case, so keep one");
                continue;
            }
            _values[index] = value;
            keys[index] = (key, LocationOf(keyNode.Start));
        }
    }

    public override Location Location { get; }

    /// <summary>A YamlDotNet mark as a location (YamlDotNet counts lines and columns from 1).</summary>
    public static Location LocationOf(Mark mark) => new((int)mark.Line, (int)mark.Column);

    /// <summary>True for a plain <c>~</c>, <c>null</c> or empty value, which count as absent.</summary>
    public static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    public override bool TryGetText(int field, SeedErrors errors, out ReadOnlySpan<char> text, out Location location)
    {
        text = default;
        var node = field >= 0 ? _values[field] : null;
        if (node is null)
        {
            location = Location;
            return false;
        }
        location = LocationOf(node.Start);
        if (node is not YamlScalarNode scalar)
        {
            errors.Add(File, location, "expected a single value here, not a list or map");
            return false;
        }
        if (IsNull(scalar)) return false;
        text = scalar.Value.AsSpan().Trim();
        return !text.IsEmpty;
    }

    public override Location LocationOf(int field) => _values[field] is { } node ? LocationOf(node.Start) : Location;

    public override void GetList(int field, SeedErrors errors, List<ListItem> into)
    {
        switch (_values[field])
        {
            case null:
                return;
            case YamlScalarNode scalar:
                if (!IsNull(scalar) && !string.IsNullOrWhiteSpace(scalar.Value))
                {
                    into.Add(new ListItem(scalar.Value.Trim(), LocationOf(scalar.Start)));
                }
                return;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode s)
                    {
                        if (!IsNull(s) && !string.IsNullOrWhiteSpace(s.Value)) into.Add(new ListItem(s.Value.Trim(), LocationOf(s.Start)));
                    }
                    else
                    {
                        errors.Add(File, LocationOf(item.Start), "expected a plain value in this list, not a nested list or map");
                    }
                }
                return;
            case var other:
                errors.Add(File, LocationOf(other.Start), "expected a list (e.g. [a, b]) or a single value here, not a map");
                return;
        }
    }

    public override void GetMaps(int field, FieldSet set, SeedErrors errors, List<SeedRecord> into)
    {
        switch (_values[field])
        {
            case null:
                return;
            case YamlScalarNode scalar when IsNull(scalar):
                return;
            case YamlMappingNode single:
                into.Add(new YamlRecord(File, single, set, errors));
                return;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    if (item is YamlMappingNode map) into.Add(new YamlRecord(File, map, set, errors));
                    else errors.Add(File, LocationOf(item.Start), $"each {set.Entity} item must be a map with fields {string.Join(", ", set.Names)}");
                }
                return;
            case var other:
                errors.Add(File, LocationOf(other.Start), $"expected a list of {set.Entity} maps with fields {string.Join(", ", set.Names)}");
                return;
        }
    }
}
