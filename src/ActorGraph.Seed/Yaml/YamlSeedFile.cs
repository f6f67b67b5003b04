using ActorGraph.Core.Text;
using ActorGraph.Seed.Reading;
using ActorGraph.Seed.Records;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ActorGraph.Seed.Yaml;

/// <summary>A parsed YAML seed file: the maps under each top-level key (<c>sources</c>, <c>actors</c>,
/// <c>relations</c>, <c>processes</c>), in file order.</summary>
internal sealed class YamlSeedFile
{
    /// <summary>The top-level keys a YAML seed file may hold.</summary>
    public static readonly string[] Sections = ["sources", "actors", "relations", "processes"];

    private readonly Dictionary<string, List<YamlMappingNode>> _sections = new(StringComparer.Ordinal);

    private YamlSeedFile(string file) => File = file;

    /// <summary>The file, relative to the seed folder.</summary>
    public string File { get; }

    /// <summary>The maps under <paramref name="section"/>.</summary>
    public IReadOnlyList<YamlMappingNode> Section(string section) =>
        _sections.TryGetValue(section, out var list) ? list : [];

    /// <summary>Parses a file; syntax and shape errors go to <paramref name="errors"/>. Returns null when
    /// the file cannot be parsed at all.</summary>
    public static YamlSeedFile? Read(string path, string file, SeedLimits limits, SeedErrors errors)
    {
        var stream = new YamlStream();
        if (SeedText.ReadAll(path, file, SeedFormat.Yaml, limits, errors) is not { } text) return null;
        try
        {
            stream.Load(new BoundedParser(new Parser(new StringReader(text)), limits.MaxNestingDepth, limits.MaxAliasExpansion));
        }
        catch (YamlLimitException e)
        {
            errors.Add(file, YamlRecord.LocationOf(e.Start), Describe(e));
            return null;
        }
        catch (AnchorNotFoundException e)
        {
            // YamlDotNet gives no position for an unknown alias; find the first use of it in the text.
            errors.Add(file, FindAlias(text, e.Message) ?? YamlRecord.LocationOf(e.Start),
                "YAML syntax error: " + Describe(e) + " (define it first with &name)");
            return null;
        }
        catch (YamlException e)
        {
            errors.Add(file, YamlRecord.LocationOf(e.Start), "YAML syntax error: " + Describe(e));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet fails this way on some malformed input, without a position: find where
            // its parser stops.
            errors.Add(file, WhereParsingStops(text), "YAML syntax error: the file is malformed near here");
            return null;
        }

        var result = new YamlSeedFile(file);
        foreach (var document in stream.Documents)
        {
            switch (document.RootNode)
            {
                case YamlScalarNode scalar when YamlRecord.IsNull(scalar):
                    continue;
                case YamlMappingNode root:
                    result.AddRoot(root, errors);
                    break;
                case var other:
                    errors.Add(file, YamlRecord.LocationOf(other.Start),
                        "a YAML seed file must be a map with the keys " + string.Join(", ", Sections));
                    break;
            }
        }
        return result;
    }

    private void AddRoot(YamlMappingNode root, SeedErrors errors)
    {
        var seen = new Dictionary<string, (string Key, Location At)>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var section = Array.Find(Sections, s => string.Equals(s, key.Trim(), StringComparison.OrdinalIgnoreCase));
            if (section is null)
            {
                var closest = Suggestions.Closest(key, Sections, 1);
                errors.Add(File, YamlRecord.LocationOf(keyNode.Start), closest.Count > 0
                    ? $"unknown top-level key '{key}'; did you mean '{closest[0]}'?"
                    : $"unknown top-level key '{key}'; a seed file may hold {string.Join(", ", Sections)}");
                continue;
            }
            var keyLocation = YamlRecord.LocationOf(keyNode.Start);
            if (!seen.TryAdd(section, (key, keyLocation)))
            {
                var (firstKey, firstAt) = seen[section];
                errors.Add(File, keyLocation, $"top-level key '{key}' repeats '{firstKey}' (line {firstAt.Line}); keys ignore case, so merge the two lists");
                continue;
            }
            if (!_sections.TryGetValue(section, out var list)) _sections[section] = list = [];
            switch (value)
            {
                case YamlScalarNode scalar when YamlRecord.IsNull(scalar):
                    break;
                case YamlSequenceNode sequence:
                    foreach (var item in sequence.Children)
                    {
                        if (item is YamlMappingNode map) list.Add(map);
                        else errors.Add(File, YamlRecord.LocationOf(item.Start), $"each item under '{section}' must be a map of fields (key: value)");
                    }
                    break;
                default:
                    errors.Add(File, YamlRecord.LocationOf(value.Start), $"'{section}' must be a list of maps (items starting with '- ')");
                    break;
            }
        }
    }

    /// <summary>The end of the last YAML event the parser reads before it fails.</summary>
    private static Location WhereParsingStops(string text)
    {
        var parser = new Parser(new StringReader(text));
        var last = new Location(1, 1);
        try
        {
            while (parser.MoveNext())
            {
                if (parser.Current is { } current) last = YamlRecord.LocationOf(current.End);
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            if (e is YamlException y && y.Start.Line > 1) last = YamlRecord.LocationOf(y.Start);
        }
        return last;
    }

    /// <summary>Where <c>*name</c> is first used, for the anchor named in quotes in <paramref name="message"/>.</summary>
    private static Location? FindAlias(string text, string message)
    {
        var open = message.IndexOf('\'');
        var close = open < 0 ? -1 : message.IndexOf('\'', open + 1);
        if (close < 0) return null;
        var match = System.Text.RegularExpressions.Regex.Match(text, @"\*" + System.Text.RegularExpressions.Regex.Escape(message[(open + 1)..close]) + @"(?![\w-])");
        if (!match.Success) return null;
        var lineStart = text.LastIndexOf('\n', Math.Max(0, match.Index - 1)) + 1;
        var line = 1 + text.AsSpan(0, match.Index).Count('\n');
        return new Location(line, match.Index - lineStart + 1);
    }

    /// <summary>YamlDotNet's message without its own position prefix, which we print ourselves.</summary>
    private static string Describe(YamlException e)
    {
        var message = e.InnerException is YamlException inner && !string.IsNullOrEmpty(inner.Message) ? inner.Message : e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }
}
