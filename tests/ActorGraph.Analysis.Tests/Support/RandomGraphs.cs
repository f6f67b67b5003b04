using ActorGraph.Analysis.Projection;
using CsCheck;

namespace ActorGraph.Analysis.Tests.Support;

/// <summary>Random directed graphs for property tests: small integer distances (so ties happen) and strengths in (0, 1].</summary>
internal static class RandomGraphs
{
    public sealed record Spec(int N, (int U, int V, int Distance, double Strength)[] Arcs)
    {
        public CompactGraph Build() => CompactGraph.FromArcs(N,
            Arcs.Select(a => a.U).ToArray(), Arcs.Select(a => a.V).ToArray(),
            Arcs.Select(a => (double)a.Distance).ToArray(), Arcs.Select(a => a.Strength).ToArray());

        public override string ToString() => $"n={N} arcs=[{string.Join(" ", Arcs.Select(a => $"{a.U}>{a.V}:{a.Distance}"))}]";
    }

    /// <summary>Graphs with 1..maxN vertices and up to 3 arcs per vertex; distances 1..maxDistance.</summary>
    public static Gen<Spec> Directed(int maxN = 14, int maxDistance = 4) =>
        Gen.Int[1, maxN].SelectMany(n =>
            Gen.Select(Gen.Int[0, n - 1], Gen.Int[0, n - 1], Gen.Int[1, maxDistance], Gen.Int[1, 10])
                .Select((u, v, d, s) => (u, v, d, s / 10.0))
                .Array[0, 3 * n]
                .Select(arcs => new Spec(n, arcs)));

    /// <summary>Like <see cref="Directed"/>, every arc also present reversed (an undirected graph).</summary>
    public static Gen<Spec> Symmetric(int maxN = 14, int maxDistance = 4) =>
        Directed(maxN, maxDistance).Select(s => new Spec(s.N, [.. s.Arcs, .. s.Arcs.Select(a => (a.V, a.U, a.Distance, a.Strength))]));
}
