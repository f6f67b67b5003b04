using ActorGraph.Core.Model;

namespace ActorGraph.Export.Tests.Support;

/// <summary>A cluster assignment for the writers to draw, made without the analysis: the groups of actors joined by
/// cooperative ties, numbered 1 = the largest (ties broken by the smallest actor id), groups of one left out. The same
/// shape as the influence clusters the exports get from ActorGraph.Hosting (tested there).</summary>
internal static class Camps
{
    public static IReadOnlyDictionary<string, int> Of(ActorGraphData graph)
    {
        var parent = graph.Actors.ToDictionary(a => a.Id, a => a.Id, StringComparer.Ordinal);
        string Root(string id) => parent[id] == id ? id : parent[id] = Root(parent[id]);
        foreach (var r in graph.Relations.Where(r => r.Sign == RelationSign.Cooperative && parent.ContainsKey(r.Source) && parent.ContainsKey(r.Target)))
            parent[Root(r.Source)] = Root(r.Target);
        var groups = graph.Actors.GroupBy(a => Root(a.Id)).Select(g => g.Select(a => a.Id).Order(StringComparer.Ordinal).ToList())
            .Where(g => g.Count >= 2).OrderByDescending(g => g.Count).ThenBy(g => g[0], StringComparer.Ordinal).ToList();
        var assignment = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < groups.Count; i++)
            foreach (var id in groups[i]) assignment[id] = i + 1;
        return assignment;
    }
}
