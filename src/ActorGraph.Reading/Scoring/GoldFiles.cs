using ActorGraph.Core.Model;
using ActorGraph.Core.Text;
using YamlDotNet.RepresentationModel;

namespace ActorGraph.Reading.Scoring;

/// <summary>Reads gold readings: the <c>*.gold.yaml</c> files of ../shared/reports (actors required and
/// optional, must_not_appear, relations with level, mediation processes), or a seed graph taken as gold
/// (every actor and relation required).</summary>
public static class GoldFiles
{
    public static GoldReading FromYaml(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = new YamlStream();
        using (var reader = File.OpenText(path)) stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var actors = new List<GoldActor>();
        var mustNot = new List<string>();
        if (Child(root, "actors") is YamlMappingNode actorMap)
        {
            foreach (var (level, required) in new[] { ("required", true), ("optional", false) })
            {
                if (Child(actorMap, level) is not YamlSequenceNode list) continue;
                foreach (var item in list.OfType<YamlMappingNode>())
                    actors.Add(new GoldActor(Scalar(item, "name") ?? "?", Strings(item, "aliases"), required));
            }
            if (Child(actorMap, "must_not_appear") is YamlSequenceNode forbidden)
                mustNot.AddRange(forbidden.OfType<YamlScalarNode>().SelectMany(n => ForbiddenNames(n.Value ?? "")));
        }
        var relations = new List<GoldRelation>();
        if (Child(root, "relations") is YamlSequenceNode rels)
        {
            foreach (var item in rels.OfType<YamlMappingNode>())
            {
                if (!RelationVocabulary.TryGet(Scalar(item, "kind") ?? "", out var kind)) continue;
                var source = IndexOf(actors, Scalar(item, "source"));
                var target = IndexOf(actors, Scalar(item, "target"));
                if (source < 0 || target < 0) continue;
                var modality = Enum.TryParse<Modality>(Scalar(item, "modality"), true, out var m) ? m : Modality.Reported;
                relations.Add(new GoldRelation(kind, source, target, modality, Scalar(item, "level") != "acceptable"));
            }
        }
        var processes = new List<GoldProcess>();
        if (Child(root, "mediation_processes") is YamlSequenceNode procs)
        {
            foreach (var item in procs.OfType<YamlMappingNode>())
                processes.Add(new GoldProcess(Scalar(item, "name") ?? "?", Strings(item, "parties").Select(p => IndexOf(actors, p)).ToList(),
                    Strings(item, "mediators").Select(p => IndexOf(actors, p)).ToList()));
        }
        return new GoldReading(Path.GetFileName(path), actors, mustNot, relations, processes);
    }

    public static GoldReading FromGraph(string name, ActorGraphData graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var actors = graph.Actors.Select(a => new GoldActor(a.Name, [a.Id, .. a.Aliases], true)).ToList();
        var relations = graph.Relations.Select(r => new GoldRelation(r.Kind, graph.IndexOf(r.Source), graph.IndexOf(r.Target), r.Modality, true)).ToList();
        // A seed records mediation as processes only (docs/seed-format.md); a report's gold reading also writes one
        // `mediates` tie per mediator and party. Those ties are acceptable, not required (the process roles score
        // them), and the seed does not say how they were reported.
        relations.AddRange(graph.Processes.SelectMany(p => p.Mediators.SelectMany(m => p.Parties.Select(party =>
            new GoldRelation(RelationVocabulary.Mediates, graph.IndexOf(m), graph.IndexOf(party), Modality.Reported, false, AnyModality: true)))));
        var processes = graph.Processes.Select(p => new GoldProcess(p.Name, p.Parties.Select(graph.IndexOf).ToList(), p.Mediators.Select(graph.IndexOf).ToList())).ToList();
        return new GoldReading(name, actors, [], relations, processes);
    }

    /// <summary>"Houthis / Ansar Allah (never named)" gives "Houthis" and "Ansar Allah"; "United Nations as an actor (...)" gives "United Nations".</summary>
    internal static IEnumerable<string> ForbiddenNames(string entry)
    {
        var text = entry;
        var paren = text.IndexOf(" (", StringComparison.Ordinal);
        if (paren > 0) text = text[..paren];
        foreach (var cut in new[] { " as an actor", " or any ", " by name" })
        {
            var at = text.IndexOf(cut, StringComparison.Ordinal);
            if (at > 0) text = text[..at];
        }
        return text.Split([" / ", ", "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static int IndexOf(List<GoldActor> actors, string? name)
    {
        if (name is null) return -1;
        var key = NameKey.Of(name);
        for (var i = 0; i < actors.Count; i++)
        {
            if (NameKey.Of(actors[i].Name) == key || actors[i].Aliases.Any(a => NameKey.Of(a) == key)) return i;
        }
        return -1;
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static string? Scalar(YamlMappingNode map, string key) => Child(map, key) is YamlScalarNode s ? s.Value : null;

    private static List<string> Strings(YamlMappingNode map, string key) =>
        Child(map, key) is YamlSequenceNode seq ? seq.OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToList() : [];
}
