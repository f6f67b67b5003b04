using System.Collections.Immutable;

namespace ActorGraph.Analysis.Paths;

/// <summary>A path in a <see cref="Projection.CompactGraph"/>: vertex indexes, the edge positions between them
/// (one fewer), and the total distance.</summary>
public sealed record GraphPath(ImmutableArray<int> Vertices, ImmutableArray<int> Edges, double Cost)
{
    /// <summary>Number of edges.</summary>
    public int Hops => Edges.Length;

    /// <summary>True when <paramref name="other"/> goes through the same edges.</summary>
    public bool SameEdges(GraphPath other) => other is not null && Edges.AsSpan().SequenceEqual(other.Edges.AsSpan());
}
