using System.Text.Json;
using ActorGraph.Core.Json;
using ActorGraph.Core.Model;
using ActorGraph.Export.Text;
using ActorGraph.Export.View;

namespace ActorGraph.Export.Json;

/// <summary>Writes the graph as one JSON document (<see cref="ExportDocument"/>) in the project's JSON
/// convention. Deterministic: sorted by id, <c>\n</c> line ends, invariant numbers. Cost O(V log V + E log E).</summary>
public static class JsonExportWriter
{
    private static readonly JsonSerializerOptions Options = new(ActorGraphJson.Indented) { NewLine = "\n" };

    /// <summary>The JSON text for <paramref name="graph"/>.</summary>
    public static string Write(ActorGraphData graph, ExportOptions? options = null) =>
        Serialize(Build(ExportView.Create(graph, options)));

    /// <summary>Writes the JSON for <paramref name="view"/> to <paramref name="writer"/>.</summary>
    public static void Write(ExportView view, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Serialize(Build(view)));
    }

    /// <summary>The document for a view (for callers that serialise it themselves, such as the HTTP API).</summary>
    public static ExportDocument Build(ExportView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var options = view.Options;
        var nodes = view.Actors.Select(a => new ExportNode(
            a.Id, Clean(a.Name), a.Kind, [.. a.Aliases.Select(Clean)], CleanOrNull(a.Country), CleanOrNull(a.Description),
            view.ClusterOf(a.Id), view.FocusName(a.Id))).ToList();
        var edges = view.Relations.Select(r => new ExportEdge(
            r.Id, r.Source, r.Target, r.Kind, r.Sign, r.Kind.Directed, r.Strength, r.Confidence, r.When.Start, r.When.End,
            [.. r.Topics.Select(Clean)], r.Modality, r.Weight, [.. r.Evidence.Select(CleanEvidence)])).ToList();
        var processes = view.Processes.Select(p => new ExportProcess(
            p.Id, Clean(p.Name),
            [.. p.Parties.Where(view.Shows).Order(StringComparer.Ordinal)],
            [.. p.Mediators.Where(view.Shows).Order(StringComparer.Ordinal)],
            [.. p.Topics.Select(Clean)], p.Status, p.When.Start, p.When.End, p.Inferred, p.Confidence,
            [.. p.Outcomes.Select(o => o with { Description = Clean(o.Description), Evidence = [.. o.Evidence.Select(CleanEvidence)] })],
            [.. p.Evidence.Select(CleanEvidence)])).ToList();
        var clusters = options.Clusters is null
            ? []
            : view.Actors
                .Select(a => (a.Id, Cluster: view.ClusterOf(a.Id)))
                .Where(x => x.Cluster is not null)
                .GroupBy(x => x.Cluster!.Value)
                .OrderBy(g => g.Key)
                .Select(g => new ExportCluster(g.Key, [.. g.Select(x => x.Id)]))
                .ToList();
        var cited = edges.SelectMany(e => e.Evidence)
            .Concat(processes.SelectMany(p => p.Evidence.Concat(p.Outcomes.SelectMany(o => o.Evidence))))
            .Select(e => e.SourceId)
            .ToHashSet(StringComparer.Ordinal);
        var sources = view.Graph.Sources.Where(s => cited.Contains(s.Id))
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .Select(s => s with { Title = Clean(s.Title), Publisher = CleanOrNull(s.Publisher), Url = CleanOrNull(s.Url) })
            .ToList();
        return new ExportDocument("actorgraph-export", 1, options.AsOf, nodes, edges, clusters, processes, sources);
    }

    /// <summary>Serialises a document the way <see cref="Write(ExportView, TextWriter)"/> does, with a final line feed.</summary>
    public static string Serialize(ExportDocument document) => JsonSerializer.Serialize(document, Options) + "\n";

    private static string Clean(string text) => TextCleaner.Clean(text);

    private static string? CleanOrNull(string? text) => text is null ? null : TextCleaner.Clean(text);

    private static Evidence CleanEvidence(Evidence e) => e with { Locator = CleanOrNull(e.Locator), Note = CleanOrNull(e.Note) };
}
