using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ActorGraph.Analysis.Projection;
using ActorGraph.Core.Model;
using QuikGraph;

namespace ActorGraph.Analysis.Clusters;

/// <summary>Signed Leiden (or Louvain) communities of any QuikGraph graph, as a QuikGraph algorithm: <c>Compute()</c>, then
/// <see cref="CommunityOf"/>. Edges are read as undirected ties with a STRENGTH (bigger is closer); edges for which
/// <c>hostile</c> says true form the hostile layer, which pushes their ends apart (<see cref="ClusterOptions"/>). A pair
/// joined both ways counts once, with the larger strength. On a <see cref="CompactGraph"/> the defaults read its own
/// strengths and signs (hostile = <see cref="RelationSign.Hostile"/>). Runs <see cref="CommunityDetection"/>:
/// O(E log V) for a pass, deterministic for <see cref="ClusterOptions.Seed"/>.</summary>
public sealed class CommunityAlgorithm<TVertex, TEdge> : CompactKernelAlgorithm<TVertex, TEdge>
    where TVertex : notnull
    where TEdge : IEdge<TVertex>
{
    private readonly Func<TEdge, bool>? _hostile;

    /// <summary>Prepares the algorithm. <paramref name="strength"/> null: a <see cref="CompactGraph"/>'s own strengths, else 1;
    /// <paramref name="hostile"/> null: a <see cref="CompactGraph"/> edge's sign, else no hostile edge.</summary>
    public CommunityAlgorithm(IVertexAndEdgeListGraph<TVertex, TEdge> visitedGraph, Func<TEdge, double>? strength = null,
        Func<TEdge, bool>? hostile = null, ClusterOptions? options = null)
        : base(visitedGraph, null, strength)
    {
        _hostile = hostile;
        Options = options ?? new ClusterOptions();
    }

    /// <summary>Algorithm, seed, resolution, hostile weight.</summary>
    public ClusterOptions Options { get; }

    /// <summary>Community per vertex index (numbered 0.. by each community's lowest index).</summary>
    public ImmutableArray<int> Membership { get; private set; } = [];

    /// <summary>The signed graph that was clustered (for <see cref="PartitionQuality"/>).</summary>
    public SignedGraph? SignedGraph { get; private set; }

    /// <summary>The community of <paramref name="vertex"/>.</summary>
    public int CommunityOf(TVertex vertex) => Membership[IndexOf(vertex)];

    /// <inheritdoc />
    protected override void Run(CompactAdapter<TVertex, TEdge> adapter)
    {
        var g = adapter.Graph;
        var hostile = new bool[g.EdgeCount];
        for (var e = 0; e < g.EdgeCount; e++)
        {
            hostile[e] = _hostile is null
                ? adapter.IsSameGraph && g.SignOf(e) == RelationSign.Hostile
                : _hostile(adapter.EdgeAt(e));
        }
        var builder = new SignedGraphBuilder(g.VertexCount);
        for (var u = 0; u < g.VertexCount; u++)
        {
            for (var e = g.FirstEdge(u); e < g.EndEdge(u); e++)
            {
                var v = g.Target(e);
                var back = g.FindEdge(v, u);
                var w = g.Strengths[e];
                if (back >= 0)
                {
                    if (u > v) continue; // the pair is added once, from its lower end
                    w = Math.Max(w, g.Strengths[back]);
                }
                if (hostile[e]) builder.AddNegative(u, v, w);
                else builder.AddPositive(u, v, w);
            }
        }
        SignedGraph = builder.Build();
        Membership = ImmutableCollectionsMarshal.AsImmutableArray(CommunityDetection.Run(SignedGraph, Options));
    }
}
