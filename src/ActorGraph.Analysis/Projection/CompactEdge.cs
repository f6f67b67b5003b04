using ActorGraph.Core.Model;
using QuikGraph;

namespace ActorGraph.Analysis.Projection;

/// <summary>An edge of a <see cref="CompactGraph"/> as QuikGraph sees it: a small value (no object per edge is stored;
/// one is made when an algorithm asks) that names its tail, its head and its position in the graph's edge arrays, and
/// reads its distance, strength, sign and merged relations from them. Two edges are equal when they are the same
/// position of the same graph.</summary>
public readonly struct CompactEdge : IEdge<int>, IEquatable<CompactEdge>
{
    private readonly CompactGraph _graph;

    internal CompactEdge(CompactGraph graph, int source, int target, int index)
    {
        _graph = graph;
        Source = source;
        Target = target;
        Index = index;
    }

    /// <summary>The tail vertex.</summary>
    public int Source { get; }

    /// <summary>The head vertex.</summary>
    public int Target { get; }

    /// <summary>Position in the graph's edge arrays (<see cref="CompactGraph.Distances"/>, ...).</summary>
    public int Index { get; }

    /// <summary>Length for shortest paths (≥ 1 for a projection; smaller is closer).</summary>
    public double Distance => _graph.Distance(Index);

    /// <summary>Strength · confidence in 0..1 (bigger is stronger), the largest of the merged relations.</summary>
    public double Strength => _graph.Strengths[Index];

    /// <summary>The sign of the relation with the shortest distance (<see cref="RelationSign.Cooperative"/> for a graph
    /// built from raw arcs, which carry no sign).</summary>
    public RelationSign Sign => _graph.SignOf(Index);

    /// <summary>Origins merged into this edge (indexes into <see cref="ActorGraphData.Relations"/> for a projection).</summary>
    public ReadOnlySpan<int> Origins => _graph.MergedOrigins(Index);

    /// <summary>The relations merged into this edge, the one with the shortest distance first; empty for raw arcs.</summary>
    public IEnumerable<Relation> Relations => _graph.RelationsOf(Index);

    /// <inheritdoc />
    public bool Equals(CompactEdge other) => Index == other.Index && Source == other.Source && ReferenceEquals(_graph, other._graph);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CompactEdge other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Index, Source);

    /// <summary>Same position of the same graph.</summary>
    public static bool operator ==(CompactEdge left, CompactEdge right) => left.Equals(right);

    /// <summary>Not the same position of the same graph.</summary>
    public static bool operator !=(CompactEdge left, CompactEdge right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => $"{Source}->{Target}";
}
