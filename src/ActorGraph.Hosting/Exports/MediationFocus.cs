using System.Collections.Frozen;
using ActorGraph.Analysis.Mediation;
using ActorGraph.Analysis.Paths;
using ActorGraph.Core.Model;
using ActorGraph.Export;

namespace ActorGraph.Hosting.Exports;

/// <summary>Builds the focus of a drawing about two actors A and B from the mediation analysis:
/// A and B, their explicit mediators and structural broker candidates (<see cref="MediatorFinder"/>),
/// the actors on the shortest mediation paths between them (<see cref="PathFinder"/>), every tie among
/// those actors that holds at the as-of date, and the processes the explicit mediators run between A and B.</summary>
public static class MediationFocus
{
    /// <summary>How many mediation paths are followed.</summary>
    public const int Paths = 3;

    /// <summary>The focus on <paramref name="first"/> and <paramref name="second"/> (actor ids).
    /// Cost: that of <see cref="MediatorFinder.Find"/> plus <see cref="PathFinder.Find"/>, plus O(E) to collect ties.</summary>
    /// <exception cref="ArgumentException">An id is unknown, or both are the same actor.</exception>
    public static ExportFocus Build(ActorGraphData graph, string first, string second, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var mediation = MediatorFinder.Find(graph, first, second, new MediatorQuery(AsOf: asOf));
        var paths = PathFinder.Find(graph, first, second, new PathQuery(K: Paths, AsOf: asOf));

        var mediators = mediation.Explicit.Concat(mediation.Structural).Select(e => e.ActorId).ToFrozenSet(StringComparer.Ordinal);
        var actors = new HashSet<string>(StringComparer.Ordinal) { first, second };
        actors.UnionWith(mediators);
        foreach (var path in paths.Paths) actors.UnionWith(path.Actors);

        var relations = graph.Relations
            .Where(r => actors.Contains(r.Source) && actors.Contains(r.Target) && r.When.Contains(asOf))
            .Select(r => r.Id)
            .ToFrozenSet(StringComparer.Ordinal);
        var processes = mediation.Explicit.SelectMany(e => e.Processes).Select(p => p.Id).ToFrozenSet(StringComparer.Ordinal);
        return new ExportFocus([first, second], actors.ToFrozenSet(StringComparer.Ordinal), relations, processes, mediators);
    }
}
