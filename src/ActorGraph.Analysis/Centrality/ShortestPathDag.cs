using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ActorGraph.Analysis.Projection;

namespace ActorGraph.Analysis.Centrality;

/// <summary>Single-source Dijkstra that also counts shortest paths (σ) and records each vertex's predecessors on them,
/// forward or over reversed edges. Two path lengths within <see cref="Tolerance"/> of each other count as equal (a tie),
/// so that sums of the same lengths in a different order do not break ties. Predecessors are kept in a flat array with
/// one slot per in-edge (a vertex has at most as many predecessors as in-edges), so Brandes' accumulation walks only
/// the shortest-path DAG, not every in-edge. Memory O(V + E); not thread-safe: one per thread.</summary>
internal sealed class ShortestPathDag
{
    private readonly CompactGraph _graph;
    private readonly MonotoneRadixHeap _heap = new();
    private readonly int[] _predecessors;
    private readonly int[] _predecessorCount;
    private bool _reverse;

    public ShortestPathDag(CompactGraph graph, double tolerance)
    {
        _graph = graph;
        Tolerance = tolerance;
        var n = graph.VertexCount;
        Dist = new double[n];
        Sigma = new double[n];
        Rank = new int[n];
        Order = new int[n];
        _predecessors = new int[graph.EdgeCount];
        _predecessorCount = new int[n];
    }

    public double Tolerance { get; }
    public double[] Dist { get; }
    public double[] Sigma { get; }
    /// <summary>Settling position per vertex, -1 when unreached.</summary>
    public int[] Rank { get; }
    /// <summary>Vertices in settling order (non-decreasing distance); the first <see cref="Reached"/> are valid.</summary>
    public int[] Order { get; }
    public int Reached { get; private set; }

    /// <summary>True when a path of length <paramref name="candidate"/> ties with <paramref name="best"/>.</summary>
    public bool Ties(double candidate, double best) => Math.Abs(candidate - best) <= Tolerance * Math.Max(1.0, Math.Abs(best));

    /// <summary>The predecessors of <paramref name="w"/> on shortest paths from the last source.</summary>
    public ReadOnlySpan<int> Predecessors(int w)
    {
        var start = _reverse ? _graph.Offsets[w] : _graph.Reverse.Offsets[w];
        return _predecessors.AsSpan(start, _predecessorCount[w]);
    }

    public void Run(int source, bool reverse)
    {
        var g = _graph;
        _reverse = reverse;
        Array.Fill(Dist, double.PositiveInfinity);
        Array.Fill(Rank, -1);
        Reached = 0;
        _heap.Clear();
        var r = g.Reverse;
        // Forward: walk out-edges; a vertex's predecessor slots are its in-edge range. Reverse: the other way round.
        if (reverse) Search(source, r.Offsets, r.Sources, r.Edges, g.Offsets);
        else Search(source, g.Offsets, g.Targets, default, r.Offsets);
    }

    /// <summary>Dijkstra with path counts over the CSR (<paramref name="walkOffsets"/>, <paramref name="walkEnds"/>); an arc's
    /// length is the graph's distance at its position, or at <paramref name="lengthIndex"/>[position] when that is given;
    /// <paramref name="slotOffsets"/> gives each vertex's first predecessor slot. The hot loop reads the per-vertex arrays
    /// through references without bounds checks (vertex numbers come from the graph's own CSR, so they are in range):
    /// 3-5% less CPU on 10k/50k, within the noise of a loaded machine.</summary>
    private void Search(int source, ReadOnlySpan<int> walkOffsets, ReadOnlySpan<int> walkEnds, ReadOnlySpan<int> lengthIndex, ReadOnlySpan<int> slotOffsets)
    {
        var indirect = !lengthIndex.IsEmpty;
        var distances = _graph.Distances;
        ref var dist = ref MemoryMarshal.GetArrayDataReference(Dist);
        ref var sigma = ref MemoryMarshal.GetArrayDataReference(Sigma);
        ref var rank = ref MemoryMarshal.GetArrayDataReference(Rank);
        ref var preds = ref MemoryMarshal.GetArrayDataReference(_predecessors);
        ref var predCount = ref MemoryMarshal.GetArrayDataReference(_predecessorCount);
        ref var slots = ref MemoryMarshal.GetReference(slotOffsets);
        var order = Order;
        var heap = _heap;
        var tolerance = Tolerance;
        var reached = 0;
        Dist[source] = 0;
        Sigma[source] = 1;
        _predecessorCount[source] = 0;
        heap.Push(source, 0);
        while (heap.Count > 0)
        {
            var u = heap.Pop(out var du);
            if (Unsafe.Add(ref rank, u) >= 0) continue; // a stale entry: u was settled at a shorter distance
            Unsafe.Add(ref rank, u) = reached;
            order[reached++] = u;
            var su = Unsafe.Add(ref sigma, u);
            var end = walkOffsets[u + 1];
            for (var p = walkOffsets[u]; p < end; p++)
            {
                var v = walkEnds[p];
                if (Unsafe.Add(ref rank, v) >= 0) continue;
                var dv = du + distances[indirect ? lengthIndex[p] : p];
                ref var old = ref Unsafe.Add(ref dist, v);
                if (double.IsPositiveInfinity(old))
                {
                    old = dv;
                    Unsafe.Add(ref sigma, v) = su;
                    Unsafe.Add(ref preds, Unsafe.Add(ref slots, v)) = u;
                    Unsafe.Add(ref predCount, v) = 1;
                    heap.Push(v, dv);
                }
                else if (Math.Abs(dv - old) <= tolerance * Math.Max(1.0, Math.Abs(old))) // Ties(dv, old), inlined
                {
                    Unsafe.Add(ref sigma, v) += su;
                    ref var count = ref Unsafe.Add(ref predCount, v);
                    Unsafe.Add(ref preds, Unsafe.Add(ref slots, v) + count++) = u;
                }
                else if (dv < old)
                {
                    old = dv;
                    Unsafe.Add(ref sigma, v) = su;
                    Unsafe.Add(ref preds, Unsafe.Add(ref slots, v)) = u;
                    Unsafe.Add(ref predCount, v) = 1;
                    heap.Push(v, dv);
                }
            }
        }
        Reached = reached;
    }
}
