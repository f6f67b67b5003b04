using System.Collections.Immutable;
using ActorGraph.Analysis.Projection;

namespace ActorGraph.Analysis.Centrality;

/// <summary>Degrees of one vertex.</summary>
/// <param name="Out">Distinct heads of out-edges.</param>
/// <param name="In">Distinct tails of in-edges.</param>
/// <param name="Strength">Sum of out-edge strengths (strength · confidence, the best per neighbour).</param>
public readonly record struct DegreeScore(int Out, int In, double Strength);

/// <summary>Degree centrality on a <see cref="CompactGraph"/>.</summary>
public static class Degree
{
    /// <summary>Out-degree, in-degree and out-strength per vertex (collapsed edges: one per neighbour). O(V + E).</summary>
    public static ImmutableArray<DegreeScore> Compute(CompactGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.VertexCount;
        var inDegree = new int[n];
        foreach (var t in graph.Targets) inDegree[t]++;
        var result = new DegreeScore[n];
        for (var u = 0; u < n; u++)
        {
            var strength = 0.0;
            for (var e = graph.FirstEdge(u); e < graph.EndEdge(u); e++) strength += graph.Strengths[e];
            result[u] = new DegreeScore(graph.OutDegree(u), inDegree[u], strength);
        }
        return [.. result];
    }
}
