using ActorGraph.Analysis.Clusters;

namespace ActorGraph.Analysis.Tests.Clusters;

/// <summary>Independent, brute-force recomputations from plain edge lists, to check the fast code.</summary>
internal static class Reference
{
    /// <summary>Newman modularity straight from the definition: (1/2m) Σ_ij [A_ij − k_i k_j / 2m] δ(c_i, c_j).</summary>
    public static double Modularity(int n, IEnumerable<(int U, int V, double W)> edges, IReadOnlyList<int> membership)
    {
        var a = new double[n, n];
        foreach (var (u, v, w) in edges)
        {
            if (u == v) continue;
            a[u, v] += w;
            a[v, u] += w;
        }
        var k = new double[n];
        var m2 = 0.0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++) k[i] += a[i, j];
            m2 += k[i];
        }
        if (m2 == 0) return 0;
        var q = 0.0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (membership[i] == membership[j]) q += a[i, j] - k[i] * k[j] / m2;
            }
        }
        return q / m2;
    }

    /// <summary>Contradicting ties counted pair by pair over distinct pairs.</summary>
    public static (int Contradicting, int Total) Frustration(IEnumerable<(int U, int V, double W)> positive, IEnumerable<(int U, int V, double W)> negative, IReadOnlyList<int> membership)
    {
        var pos = positive.Where(e => e.U != e.V && e.W > 0).Select(e => (Math.Min(e.U, e.V), Math.Max(e.U, e.V))).Distinct().ToList();
        var neg = negative.Where(e => e.U != e.V && e.W > 0).Select(e => (Math.Min(e.U, e.V), Math.Max(e.U, e.V))).Distinct().ToList();
        var bad = pos.Count(p => membership[p.Item1] != membership[p.Item2]) + neg.Count(p => membership[p.Item1] == membership[p.Item2]);
        return (bad, pos.Count + neg.Count);
    }

    /// <summary>True when each community induces a connected subgraph of the cooperative layer (BFS).</summary>
    public static bool CommunitiesConnected(SignedGraph graph, IReadOnlyList<int> membership)
    {
        var seen = new bool[graph.NodeCount];
        var started = new HashSet<int>();
        for (var s = 0; s < graph.NodeCount; s++)
        {
            if (seen[s]) continue;
            if (!started.Add(membership[s])) return false; // a second piece of a community already visited
            var queue = new Queue<int>([s]);
            seen[s] = true;
            while (queue.Count > 0)
            {
                var v = queue.Dequeue();
                foreach (var u in graph.PositiveNeighbours(v))
                {
                    if (seen[u] || membership[u] != membership[s]) continue;
                    seen[u] = true;
                    queue.Enqueue(u);
                }
            }
        }
        return true;
    }

    public static SignedGraph Build(int n, IEnumerable<(int U, int V, double W)> positive, IEnumerable<(int U, int V, double W)>? negative = null)
    {
        var b = new SignedGraphBuilder(n);
        foreach (var (u, v, w) in positive) b.AddPositive(u, v, w);
        foreach (var (u, v, w) in negative ?? []) b.AddNegative(u, v, w);
        return b.Build();
    }
}
