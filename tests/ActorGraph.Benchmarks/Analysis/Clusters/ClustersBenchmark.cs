using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ActorGraph.Analysis.Clusters;
using ActorGraph.Benchmarks.Analysis.Graphs;

namespace ActorGraph.Benchmarks.Analysis.Clusters;

/// <summary><c>clusters [--graph FILE] [--json OUT] [--repeat N] [--iterations K] [--randomness θ]</c>: Leiden and Louvain on the
/// 100k-vertex Barabási-Albert graph of the analysis benchmark (generated into FILE when missing), every edge a
/// cooperative tie of strength 1 (the file's weights are distances, so they are not used). Prints medians and
/// modularity and writes them to OUT for clusters_peers.py (tests/ActorGraph.Benchmarks/Analysis/Clusters/run.sh).</summary>
public sealed class ClustersBenchmark : IBenchmark
{
    /// <inheritdoc />
    public string Name => "clusters";

    /// <inheritdoc />
    public string Description => "Leiden/Louvain clustering on a 100k/500k graph (see Analysis/Clusters/run.sh)";

    /// <inheritdoc />
    public Task<int> RunAsync(string[] args)
    {
        var graphPath = Arg(args, "--graph") ?? Path.Combine(Path.GetTempPath(), "actorgraph-ba-100k.tsv");
        var jsonPath = Arg(args, "--json");
        var repeat = int.Parse(Arg(args, "--repeat") ?? "5", CultureInfo.InvariantCulture);
        var iterations = int.Parse(Arg(args, "--iterations") ?? "2", CultureInfo.InvariantCulture);
        var randomness = double.Parse(Arg(args, "--randomness") ?? "0.01", CultureInfo.InvariantCulture);
        if (!File.Exists(graphPath))
        {
            Console.WriteLine($"generating {graphPath}");
            BarabasiAlbertGenerator.Generate().Write(graphPath);
        }
        var edges = EdgeListGraph.Read(graphPath);
        Console.WriteLine($"graph: {edges.VertexCount:N0} vertices, {edges.Sources.Length:N0} edges");

        SignedGraph Build()
        {
            var builder = new SignedGraphBuilder(edges.VertexCount);
            for (var i = 0; i < edges.Sources.Length; i++) builder.AddPositive(edges.Sources[i], edges.Targets[i], 1.0);
            return builder.Build();
        }
        var graph = Build();
        var results = new Dictionary<string, object>
        {
            ["vertices"] = edges.VertexCount,
            ["edges"] = graph.PositiveEdgeCount,
            ["iterations"] = iterations,
            ["repeat"] = repeat,
            ["build_ms"] = Median(repeat, () => Build()).Ms,
        };
        foreach (var (name, algorithm, passes) in new[]
                 {
                     ("leiden", ClusterAlgorithm.Leiden, (int?)iterations),
                     ("leiden_double", ClusterAlgorithm.Leiden, 2 * iterations),
                     ("louvain", ClusterAlgorithm.Louvain, 1),
                 })
        {
            var runs = new List<(double Ms, double Q, int K)>();
            for (var r = 0; r <= repeat; r++)
            {
                var options = new ClusterOptions { Algorithm = algorithm, Iterations = passes, Seed = (ulong)(r + 1), Randomness = randomness };
                var sw = Stopwatch.StartNew();
                var m = CommunityDetection.Run(graph, options);
                var ms = sw.Elapsed.TotalMilliseconds;
                if (r == 0) continue; // warm-up
                runs.Add((ms, PartitionQuality.Modularity(graph, m), m.Max() + 1));
            }
            var medianMs = MedianOf(runs.Select(x => x.Ms));
            var medianQ = MedianOf(runs.Select(x => x.Q));
            Console.WriteLine($"  {name,-20} {medianMs,9:F1} ms  modularity {medianQ:F4} (min {runs.Min(x => x.Q):F4}), {runs[0].K} clusters");
            results[name] = new Dictionary<string, object>
            {
                ["ms"] = medianMs,
                ["modularity"] = medianQ,
                ["modularity_min"] = runs.Min(x => x.Q),
                ["clusters"] = runs[0].K,
            };
        }
        if (jsonPath is not null) File.WriteAllText(jsonPath, JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
        return Task.FromResult(0);
    }

    private static (double Ms, T Value) Median<T>(int repeat, Func<T> run)
    {
        var value = run();
        var times = new List<double>();
        for (var i = 0; i < repeat; i++)
        {
            var sw = Stopwatch.StartNew();
            value = run();
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        return (MedianOf(times), value);
    }

    private static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
