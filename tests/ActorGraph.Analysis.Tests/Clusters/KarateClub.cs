using ActorGraph.Analysis.Clusters;

namespace ActorGraph.Analysis.Tests.Clusters;

/// <summary>Zachary's karate club (1977): 34 members, 78 friendships. The rows list, for each member
/// (1-based), the higher-numbered members they are tied to.</summary>
internal static class KarateClub
{
    private static readonly string[] Rows =
    [
        "1: 2 3 4 5 6 7 8 9 11 12 13 14 18 20 22 32",
        "2: 3 4 8 14 18 20 22 31",
        "3: 4 8 9 10 14 28 29 33",
        "4: 8 13 14",
        "5: 7 11",
        "6: 7 11 17",
        "7: 17",
        "9: 31 33 34",
        "10: 34",
        "14: 34",
        "15: 33 34",
        "16: 33 34",
        "19: 33 34",
        "20: 34",
        "21: 33 34",
        "23: 33 34",
        "24: 26 28 30 33 34",
        "25: 26 28 32",
        "26: 32",
        "27: 30 34",
        "28: 34",
        "29: 32 34",
        "30: 33 34",
        "31: 33 34",
        "32: 33 34",
        "33: 34",
    ];

    /// <summary>The 78 edges, 0-based.</summary>
    public static IReadOnlyList<(int U, int V)> Edges { get; } = Parse();

    public static SignedGraph Graph()
    {
        var builder = new SignedGraphBuilder(34);
        foreach (var (u, v) in Edges) builder.AddPositive(u, v, 1);
        return builder.Build();
    }

    private static List<(int, int)> Parse()
    {
        var edges = new List<(int, int)>();
        foreach (var row in Rows)
        {
            var parts = row.Split(':');
            var u = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) - 1;
            foreach (var t in parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                edges.Add((u, int.Parse(t, System.Globalization.CultureInfo.InvariantCulture) - 1));
            }
        }
        return edges;
    }
}
