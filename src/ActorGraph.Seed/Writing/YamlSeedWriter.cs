using System.Globalization;
using ActorGraph.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;
using ActorGraph.Core.Text;

namespace ActorGraph.Seed.Writing;

/// <summary>Writes records as a YAML seed file, for what CSV cannot hold (several evidence items,
/// process outcomes, list items containing <c>;</c>). Every text value is double-quoted, so no value is
/// read back as a number, boolean or null.</summary>
internal static class YamlSeedWriter
{
    public static void Write(string path, string section, IEnumerable<YamlMappingNode> items)
    {
        var root = new YamlMappingNode { { section, new YamlSequenceNode(items) } };
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
    }

    public static YamlMappingNode Actor(Actor a)
    {
        var map = new YamlMappingNode();
        Add(map, "id", a.Id);
        Add(map, "name", a.Name);
        Add(map, "kind", EnumText.Name(a.Kind));
        if (a.Aliases.Length > 0) map.Add("aliases", List(a.Aliases));
        Add(map, "country", a.Country);
        Add(map, "description", a.Description);
        return map;
    }

    public static YamlMappingNode Source(Source s)
    {
        var map = new YamlMappingNode();
        Add(map, "id", s.Id);
        Add(map, "title", s.Title);
        Add(map, "publisher", s.Publisher);
        Add(map, "date", Date(s.Date));
        Add(map, "url", s.Url);
        return map;
    }

    public static YamlMappingNode Relation(Relation r, string? id)
    {
        var map = new YamlMappingNode();
        Add(map, "id", id);
        Add(map, "source", r.Source);
        Add(map, "target", r.Target);
        Add(map, "kind", r.Kind.Name);
        map.Add("strength", Number(r.Strength));
        map.Add("confidence", Number(r.Confidence));
        Add(map, "start", Date(r.When.Start));
        Add(map, "end", Date(r.When.End));
        if (r.Topics.Length > 0) map.Add("topics", List(r.Topics));
        Add(map, "modality", EnumText.Name(r.Modality));
        if (r.Evidence.Length > 0) map.Add("evidence", Evidence(r.Evidence));
        map.Add("weight", new YamlScalarNode(r.Weight.ToString(CultureInfo.InvariantCulture)));
        return map;
    }

    public static YamlMappingNode Process(MediationProcess p)
    {
        var map = new YamlMappingNode();
        Add(map, "id", p.Id);
        Add(map, "name", p.Name);
        map.Add("parties", List(p.Parties));
        map.Add("mediators", List(p.Mediators));
        if (p.Topics.Length > 0) map.Add("topics", List(p.Topics));
        Add(map, "status", EnumText.Name(p.Status));
        Add(map, "start", Date(p.When.Start));
        Add(map, "end", Date(p.When.End));
        if (p.Outcomes.Length > 0)
        {
            map.Add("outcomes", new YamlSequenceNode(p.Outcomes.Select(o =>
            {
                var item = new YamlMappingNode();
                Add(item, "date", Date(o.Date));
                Add(item, "description", o.Description);
                if (o.Evidence.Length > 0) item.Add("evidence", Evidence(o.Evidence));
                return item;
            })));
        }
        if (p.Evidence.Length > 0) map.Add("evidence", Evidence(p.Evidence));
        map.Add("inferred", new YamlScalarNode(p.Inferred ? "true" : "false"));
        map.Add("confidence", Number(p.Confidence));
        return map;
    }

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static YamlSequenceNode Evidence(IEnumerable<Evidence> evidence) => new(evidence.Select(e =>
    {
        var item = new YamlMappingNode();
        Add(item, "source", e.SourceId);
        Add(item, "locator", e.Locator);
        Add(item, "note", e.Note);
        return item;
    }));

    private static YamlSequenceNode List(IEnumerable<string> items) =>
        new(items.Select(i => new YamlScalarNode(i) { Style = ScalarStyle.DoubleQuoted })) { Style = SequenceStyle.Flow };

    private static YamlScalarNode Number(double value) => new(value.ToString("R", CultureInfo.InvariantCulture));

    private static void Add(YamlMappingNode map, string key, string? value)
    {
        if (value is not null) map.Add(key, new YamlScalarNode(value) { Style = ScalarStyle.DoubleQuoted });
    }
}
