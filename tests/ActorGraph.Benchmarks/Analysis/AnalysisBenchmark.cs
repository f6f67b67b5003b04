using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ActorGraph.Analysis.Centrality;
using ActorGraph.Analysis.Components;
using ActorGraph.Analysis.Mediation;
using ActorGraph.Analysis.Paths;
using ActorGraph.Analysis.Projection;
using ActorGraph.Benchmarks.Analysis.Graphs;
using ActorGraph.Core.Model;

namespace ActorGraph.Benchmarks.Analysis;

/// <summary><c>analysis [--graph FILE] [--json OUT] [--repeat N]</c>: ActorGraph's path, PageRank, component and
/// mediator algorithms on the 100k-actor Barabási-Albert graph (generated into FILE when missing). Prints medians and
/// writes them, with the path costs and component counts, to OUT for the python peers and the report
/// (tests/ActorGraph.Benchmarks/Analysis/run.sh runs everything).</summary>
public sealed class AnalysisBenchmark : IBenchmark
{
    /// <inheritdoc />
    public string Name => "analysis";

    /// <inheritdoc />
    public string Description => "paths, PageRank, components, mediators on a 100k/500k graph (see Analysis/run.sh)";

    /// <inheritdoc />
    public Task<int> RunAsync(string[] args)
    {
        var graphPath = Arg(args, "--graph") ?? Path.Combine(Path.GetTempPath(), "actorgraph-ba-100k.tsv");
        var jsonPath = Arg(args, "--json");
        var repeat = int.Parse(Arg(args, "--repeat") ?? "7", CultureInfo.InvariantCulture);
        if (!File.Exists(graphPath))
        {
            Console.WriteLine($"generating {graphPath}");
            BarabasiAlbertGenerator.Generate().Write(graphPath);
        }
        var edges = EdgeListGraph.Read(graphPath);
        Console.WriteLine($"graph: {edges.VertexCount:N0} vertices, {edges.Sources.Length:N0} edges");
        var ones = Enumerable.Repeat(1.0, edges.Sources.Length).ToArray();
        CompactGraph Build() => CompactGraph.FromArcs(edges.VertexCount, edges.Sources, edges.Targets, edges.Weights, ones);

        var results = new Dictionary<string, object>();
        var timings = new Dictionary<string, double>();
        var graph = Build();
        timings["build"] = Median(repeat, () => Build());

        var (s, t) = PickPair(graph);
        results["source"] = s;
        results["target"] = t;
        Console.WriteLine($"pair: {s} -> {t}");

        double shortest = 0;
        timings["dijkstra_st"] = Median(repeat, () => shortest = new DijkstraSearch(graph).Run(s, t)!.Cost);
        IReadOnlyList<GraphPath> paths = [];
        timings["k5_paths"] = Median(repeat, () => paths = YenKShortestPaths.Find(graph, s, t, 5));
        results["dijkstra_cost"] = shortest;
        results["k5_costs"] = paths.Select(p => Math.Round(p.Cost, 6)).ToArray();

        // A second pair whose target is no hub: spur searches must cover much more of the graph.
        var (s2, t2) = PickPair(graph, graph.VertexCount / 8, graph.VertexCount * 2 / 3);
        results["source2"] = s2;
        results["target2"] = t2;
        timings["k5_paths_far"] = Median(repeat, () => paths = YenKShortestPaths.Find(graph, s2, t2, 5));
        results["k5_costs_far"] = paths.Select(p => Math.Round(p.Cost, 6)).ToArray();

        PageRankResult pageRank = null!;
        timings["pagerank"] = Median(repeat, () => pageRank = PageRank.Compute(graph));
        results["pagerank_iterations"] = pageRank.Iterations;
        var top = Enumerable.Range(0, graph.VertexCount).OrderByDescending(v => pageRank.Ranks[v]).Take(10).ToArray();
        results["pagerank_top10"] = top;
        results["pagerank_top10_values"] = top.Select(v => pageRank.Ranks[v]).ToArray();

        ComponentResult weak = null!, strong = null!;
        timings["weak_components"] = Median(repeat, () => weak = ConnectedComponents.Weak(graph));
        timings["strong_components"] = Median(repeat, () => strong = ConnectedComponents.Strong(graph));
        results["weak_count"] = weak.Count;
        results["strong_count"] = strong.Count;

        // Mediators and paths on a realistic actor graph (string ids, every sign, dates, processes).
        var data = RealisticActorGraph.Build(edges);
        var process = data.Processes.First(p => p.IsActive);
        var (a, b) = (process.Parties[0], process.Parties[1]);
        MediationResult mediation = null!;
        timings["mediators"] = Median(Math.Max(repeat, 20), () => mediation = MediatorFinder.Find(data, a, b));
        results["mediators_pair"] = new[] { a, b };
        results["mediators_explicit"] = mediation.Explicit.Length;
        results["mediators_involved"] = mediation.Involved.Length;
        timings["projection"] = Median(Math.Max(3, repeat / 2), () => GraphProjection.ToCompact(data, ProjectionOptions.Paths));
        PathSearchResult found = null!;
        timings["paths_command"] = Median(repeat, () => found = PathFinder.Find(data, a, b, new PathQuery(K: 5, MaxHops: 6)));
        results["paths_command_found"] = found.Paths.Length;

        results["timings_ms"] = timings;
        results["machine"] = $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}";
        foreach (var (name, ms) in timings) Console.WriteLine($"  {name,-18} {ms,10:F1} ms");
        Console.WriteLine($"  k=5 costs: {string.Join(", ", paths.Select(p => p.Cost.ToString("F3", CultureInfo.InvariantCulture)))}");
        Console.WriteLine($"  components: weak {weak.Count}, strong {strong.Count}; PageRank {pageRank.Iterations} iterations");
        Console.WriteLine($"  mediators {a}-{b}: {mediation.Explicit.Length} explicit, {mediation.Structural.Length} structural, {mediation.Involved.Length} involved");
        if (jsonPath is not null) File.WriteAllText(jsonPath, JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
        return Task.FromResult(0);
    }

    /// <summary>A far pair: the last vertex from <paramref name="sourceFrom"/> down with out-edges, and the first vertex
    /// from <paramref name="targetFrom"/> up that it reaches in at least 4 hops.</summary>
    private static (int Source, int Target) PickPair(CompactGraph graph, int sourceFrom = -1, int targetFrom = 0)
    {
        for (var s = sourceFrom < 0 ? graph.VertexCount - 1 : sourceFrom; s >= 0; s--)
        {
            if (graph.OutDegree(s) == 0) continue;
            for (var t = targetFrom; t < Math.Min(graph.VertexCount, targetFrom + 1000); t++)
            {
                if (t != s && HopDistance.Between(graph, s, t) is >= 4) return (s, t);
            }
        }
        throw new InvalidOperationException("no pair found");
    }

    private static double Median(int repeat, Action action)
    {
        action(); // warm-up (JIT, caches)
        var times = new double[repeat];
        for (var i = 0; i < repeat; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            times[i] = clock.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        return repeat % 2 == 1 ? times[repeat / 2] : (times[repeat / 2 - 1] + times[repeat / 2]) / 2;
    }

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
