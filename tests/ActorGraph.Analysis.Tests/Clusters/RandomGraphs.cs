using ActorGraph.Analysis.Clusters;

namespace ActorGraph.Analysis.Tests.Clusters;

/// <summary>Random signed graphs for tests: planted groups so that clustering has something to find.</summary>
internal static class RandomGraphs
{
    public static SignedGraph Generate(Random random, int n, int positive, int negative) =>
        Reference.Build(n, Edges(random, n, positive, true), Edges(random, n, negative, false));

    public static List<(int U, int V, double W)> Edges(Random random, int n, int count, bool inside)
    {
        var edges = new List<(int, int, double)>(count);
        for (var i = 0; i < count; i++)
        {
            var u = random.Next(n);
            // Most cooperative ties stay inside a planted group, most hostile ones cross groups.
            var v = random.NextDouble() < 0.8 == inside
                ? (u / 20 * 20 + random.Next(20)) % n
                : random.Next(n);
            edges.Add((u, v, 0.1 + 0.9 * random.NextDouble()));
        }
        return edges;
    }
}
