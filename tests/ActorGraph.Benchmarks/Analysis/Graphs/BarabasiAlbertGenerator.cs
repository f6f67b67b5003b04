namespace ActorGraph.Benchmarks.Analysis.Graphs;

/// <summary>The directed Barabási-Albert-style graph of QUIKGRAPH.md: each new vertex links to
/// <c>m</c> distinct earlier vertices chosen with probability proportional to degree, each link in a random
/// direction, with a weight uniform in [1, 10). Deterministic for a seed.</summary>
public static class BarabasiAlbertGenerator
{
    /// <summary>Generates the graph: (n − m) · m edges. O(n · m) time.</summary>
    public static EdgeListGraph Generate(int n = 100_000, int m = 5, int seed = 20241130)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(m, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(n, m);
        var random = new Random(seed);
        var edges = (n - m) * m;
        var sources = new int[edges];
        var targets = new int[edges];
        var weights = new double[edges];
        var endpoints = new int[2 * edges]; // every edge end once: sampling from it is degree-proportional
        var endpointCount = 0;
        var chosen = new List<int>(m);
        var k = 0;
        for (var v = m; v < n; v++)
        {
            chosen.Clear();
            if (v == m)
            {
                for (var u = 0; u < m; u++) chosen.Add(u);
            }
            else
            {
                while (chosen.Count < m)
                {
                    var u = endpoints[random.Next(endpointCount)];
                    if (!chosen.Contains(u)) chosen.Add(u);
                }
            }
            foreach (var u in chosen)
            {
                var forward = random.Next(2) == 0;
                sources[k] = forward ? v : u;
                targets[k] = forward ? u : v;
                weights[k] = 1 + 9 * random.NextDouble();
                k++;
                endpoints[endpointCount++] = u;
                endpoints[endpointCount++] = v;
            }
        }
        return new EdgeListGraph(n, sources, targets, weights);
    }
}
