using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using ActorGraph.Analysis.Centrality;
using ActorGraph.Analysis.Clusters;
using ActorGraph.Analysis.Components;
using ActorGraph.Analysis.Paths;
using ActorGraph.Analysis.Projection;
using ActorGraph.Benchmarks.Analysis.Graphs;

namespace ActorGraph.Benchmarks.Scale;

/// <summary><c>scale generate --n N --m M --out FILE [--seed S] [--unit]</c> writes a directed Barabási-Albert-style graph
/// (heavy-tailed degrees; weights uniform in [1, 10), or 1 with --unit) as a binary edge list;
/// <c>scale run --graph FILE --json OUT [--ops LIST] [--pairs P] [--k5-pairs Q] [--pivots S] [--repeat R] [--epsilon E]</c>
/// times the analysis kernels on it and writes medians, the query pairs, and the answers the peers are checked against
/// (tests/ActorGraph.Benchmarks/Scale/run.sh runs it beside graph-tool, igraph and networkx);
/// <c>scale project --graph FILE</c> times building the analysis graph from loaded actor data (<see cref="ProjectionScale"/>).</summary>
public sealed class ScaleBenchmark : IBenchmark
{
    /// <inheritdoc />
    public string Name => "scale";

    /// <inheritdoc />
    public string Description => "kernels on 10k to 1.6M-vertex graphs beside graph-tool/igraph (see Scale/run.sh)";

    /// <inheritdoc />
    public Task<int> RunAsync(string[] args)
    {
        if (args.Length > 0 && args[0] == "generate")
        {
            var n = Int(args, "--n", 100_000);
            var m = Int(args, "--m", 5);
            var graph = BarabasiAlbertGenerator.Generate(n, m, Int(args, "--seed", 20241130));
            if (args.Contains("--unit")) Array.Fill(graph.Weights, 1.0);
            BinaryEdgeList.Write(Arg(args, "--out") ?? throw new ArgumentException("--out FILE is needed"), graph);
            Console.WriteLine($"wrote {n:N0} vertices, {graph.Sources.Length:N0} edges");
            return Task.FromResult(0);
        }
        if (args.Length > 0 && args[0] == "project")
            return Task.FromResult(ProjectionScale.Run(Arg(args, "--graph") ?? throw new ArgumentException("--graph FILE is needed"), Arg(args, "--json"),
                Int(args, "--mediator-pairs", 0)));
        if (args.Length == 0 || args[0] != "run")
        {
            Console.Error.WriteLine("usage: scale generate --n N --m M --out FILE [--unit] | scale run --graph FILE --json OUT [--ops LIST]");
            return Task.FromResult(2);
        }
        return Task.FromResult(Run(args));
    }

    private static int Run(string[] args)
    {
        var ops = (Arg(args, "--ops") ?? "build,st,pagerank,components,k5,betweenness,leiden").Split(',');
        var repeat = Int(args, "--repeat", 3);
        var results = new Dictionary<string, object>();
        var times = new Dictionary<string, object>();
        var clock = Stopwatch.StartNew();
        var edges = BinaryEdgeList.Read(Arg(args, "--graph") ?? throw new ArgumentException("--graph FILE is needed"));
        var n = edges.VertexCount;
        results["read_ms"] = clock.Elapsed.TotalMilliseconds;
        results["vertices"] = n;
        results["edges"] = edges.Sources.Length;
        Console.WriteLine($"graph: {n:N0} vertices, {edges.Sources.Length:N0} edges (read in {clock.Elapsed.TotalSeconds:F1} s)");
        var ones = ops.Any(op => op != "leiden") ? new double[edges.Sources.Length] : [];
        Array.Fill(ones, 1.0);
        CompactGraph Build() => CompactGraph.FromArcs(n, edges.Sources, edges.Targets, edges.Weights, ones);
        // Leiden reads the edge list into its own graph: a process that only clusters holds no analysis graph, as the
        // peer's (igraph) holds only its own.
        CompactGraph graph = ops.Any(op => op != "leiden") ? Build() : null!;
        if (ops.Any(op => op != "leiden")) _ = graph.Reverse;
        if (ops.Contains("build")) times["build"] = Median(repeat, () => Build(), "build");

        var random = new Random(Int(args, "--seed", 11));
        var pairs = Enumerable.Range(0, Int(args, "--pairs", 100)).Select(_ => (S: random.Next(n), T: random.Next(n))).Where(p => p.S != p.T).ToArray();
        results["pairs"] = pairs.Select(p => new[] { p.S, p.T }).ToArray();
        if (ops.Contains("st"))
        {
            var costs = new double?[pairs.Length];
            var each = new double[pairs.Length];
            var search = SearchPool.Rent(graph);
            search.RunBidirectional(pairs[0].S, pairs[0].T); // warm-up
            var cpuBefore = CpuMs();
            for (var i = 0; i < pairs.Length; i++)
            {
                var sw = Stopwatch.StartNew();
                costs[i] = search.RunBidirectional(pairs[i].S, pairs[i].T)?.Cost;
                each[i] = sw.Elapsed.TotalMilliseconds;
            }
            Cpu["st_mean"] = (CpuMs() - cpuBefore) / pairs.Length;
            SearchPool.Return(search);
            times["st_median"] = MedianOf(each);
            times["st_mean"] = each.Average();
            results["st_costs"] = costs.Select(c => c is { } x ? Math.Round(x, 6) : -1).ToArray();
        }
        if (ops.Contains("pagerank"))
        {
            PageRankResult pr = null!;
            times["pagerank"] = Median(repeat, () => pr = PageRank.Compute(graph), "pagerank");
            results["pagerank_iterations"] = pr.Iterations;
            WriteDoubles(Arg(args, "--pagerank-out"), pr.Ranks.AsSpan());
        }
        if (ops.Contains("components"))
        {
            ComponentResult weak = null!, strong = null!;
            times["weak"] = Median(repeat, () => weak = ConnectedComponents.Weak(graph), "weak");
            times["strong"] = Median(repeat, () => strong = ConnectedComponents.Strong(graph), "strong");
            results["weak_count"] = weak.Count;
            results["strong_count"] = strong.Count;
        }
        if (ops.Contains("k5")) K5(graph, pairs, Int(args, "--k5-pairs", 100), results, times);
        if (ops.Contains("betweenness") || ops.Contains("exact")) Brandes(graph, args, ops.Contains("exact"), results, times);
        if (ops.Contains("approx"))
        {
            var epsilon = double.Parse(Arg(args, "--epsilon") ?? "0.01", CultureInfo.InvariantCulture);
            ApproximateBetweennessResult approx = null!;
            // The bound on its own (Compute computes it again): the rest of Compute is sampling, so the per-sample cost is
            // (approx_betweenness − approx_vd_bound) / approx_samples.
            times["approx_vd_bound"] = Timed("approx_vd_bound", () => ApproximateBetweenness.VertexDiameterBound(graph));
            times["approx_betweenness"] = Timed("approx_betweenness", () => approx = ApproximateBetweenness.Compute(graph, epsilon, 0.1, seed: 1));
            results["approx_samples"] = approx.Samples;
            results["approx_epsilon"] = epsilon;
            results["approx_delta"] = 0.1;
            results["approx_vd_bound"] = approx.VertexDiameterBound;
            results["approx_top10"] = Top(approx.Scores.AsSpan(), 10);
        }
        if (ops.Contains("leiden")) Leiden(edges, args, repeat, results, times);
        GC.KeepAlive(graph);
        results["timings_ms"] = times;
        results["cpu_ms"] = Cpu;
        results["threads"] = Environment.ProcessorCount;
        results["peak_working_set_mb"] = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        results["machine"] = $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {RuntimeInformation.OSDescription}";
        foreach (var (name, ms) in times)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-26} {ms,12:F1} ms wall {(Cpu.TryGetValue(name, out var c) ? $"{c,12:F1} ms CPU" : "")}"));
        var json = Arg(args, "--json");
        if (json is not null) File.WriteAllText(json, JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
        return 0;
    }

    private static void K5(CompactGraph graph, (int S, int T)[] pairs, int count, Dictionary<string, object> results, Dictionary<string, object> times)
    {
        var search = SearchPool.Rent(graph);
        var reachable = pairs.Where(p => search.RunBidirectional(p.S, p.T) is not null).Take(count).ToArray();
        SearchPool.Return(search);
        var each = new double[reachable.Length];
        var eachCpu = new double[reachable.Length];
        var costs = new double[reachable.Length][];
        var algorithm = new KShortestPathsAlgorithm<int, CompactEdge>(graph) { ShortestPathCount = 5 };
        if (reachable.Length > 0) algorithm.Compute(reachable[0].S, reachable[0].T); // warm-up
        var cpuBefore = CpuMs();
        for (var i = 0; i < reachable.Length; i++)
        {
            var cpu = CpuMs();
            var sw = Stopwatch.StartNew();
            algorithm.Compute(reachable[i].S, reachable[i].T);
            each[i] = sw.Elapsed.TotalMilliseconds;
            eachCpu[i] = CpuMs() - cpu; // on a loaded machine the wall time is mostly waiting for a core
            costs[i] = [.. algorithm.ComputedCosts.Select(c => Math.Round(c, 6))];
        }
        Cpu["k5_mean"] = (CpuMs() - cpuBefore) / Math.Max(1, reachable.Length);
        times["k5_median"] = MedianOf(each);
        times["k5_max"] = each.DefaultIfEmpty().Max();
        Cpu["k5_median"] = MedianOf(eachCpu);
        Cpu["k5_max"] = eachCpu.DefaultIfEmpty().Max();
        results["k5_each_cpu_ms"] = eachCpu;
        results["k5_pairs"] = reachable.Select(p => new[] { p.S, p.T }).ToArray();
        results["k5_costs"] = costs;
        results["k5_each_ms"] = each;
    }

    private static void Brandes(CompactGraph graph, string[] args, bool exact, Dictionary<string, object> results, Dictionary<string, object> times)
    {
        var pivots = Int(args, "--pivots", 20);
        var sampled = new BetweennessOptions(SampleSources: exact ? null : pivots, Seed: 3);
        results["betweenness_pivots"] = exact ? Array.Empty<int>() : Betweenness.Sources(graph.VertexCount, sampled);
        var key = exact ? "betweenness_exact" : "betweenness_pivots";
        foreach (var threads in new[] { 1, Environment.ProcessorCount }.Distinct())
        {
            var scores = System.Collections.Immutable.ImmutableArray<double>.Empty;
            times[$"{key}_{threads}t"] = Timed($"{key}_{threads}t", () => scores = Betweenness.Compute(graph, sampled with { Parallelism = threads }));
            results[$"{key}_top10"] = Top(scores.AsSpan(), 10);
        }
    }

    private static void Leiden(EdgeListGraph edges, string[] args, int repeat, Dictionary<string, object> results, Dictionary<string, object> times)
    {
        var builder = new SignedGraphBuilder(edges.VertexCount, edges.Sources.Length);
        for (var i = 0; i < edges.Sources.Length; i++) builder.AddPositive(edges.Sources[i], edges.Targets[i], 1.0);
        var signed = builder.Build();
        int[] membership = [];
        var options = new ClusterOptions { Iterations = 2, Seed = 1 };
        times["leiden_2it"] = Median(Math.Min(repeat, 3), () => membership = CommunityDetection.Run(signed, options), "leiden_2it");
        results["leiden_modularity"] = PartitionQuality.Modularity(signed, membership);
        results["leiden_clusters"] = membership.Max() + 1;
        if (Arg(args, "--membership-out") is { } path) File.WriteAllBytes(path, MemoryMarshal.AsBytes(membership.AsSpan()).ToArray());
    }

    private static int[] Top(ReadOnlySpan<double> scores, int k)
    {
        var copy = scores.ToArray();
        return [.. Enumerable.Range(0, copy.Length).OrderByDescending(v => copy[v]).ThenBy(v => v).Take(k)];
    }

    private static void WriteDoubles(string? path, ReadOnlySpan<double> values)
    {
        if (path is not null) File.WriteAllBytes(path, MemoryMarshal.AsBytes(values).ToArray());
    }

    /// <summary>CPU milliseconds (all threads) per operation: on a shared machine wall time includes waiting for a core.</summary>
    private static readonly Dictionary<string, object> Cpu = [];

    private static double CpuMs() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;

    private static double Median(int repeat, Action action, string? name = null)
    {
        action(); // warm-up (JIT, caches)
        Collect();
        var times = new double[Math.Max(1, repeat)];
        var cpu = new double[times.Length];
        for (var i = 0; i < times.Length; i++)
        {
            var before = CpuMs();
            var clock = Stopwatch.StartNew();
            action();
            times[i] = clock.Elapsed.TotalMilliseconds;
            cpu[i] = CpuMs() - before;
            Collect();
        }
        if (name is not null) Cpu[name] = MedianOf(cpu);
        return MedianOf(times);
    }

    private static double Timed(string name, Action action)
    {
        var before = CpuMs();
        var clock = Stopwatch.StartNew();
        action();
        Cpu[name] = CpuMs() - before;
        var ms = clock.Elapsed.TotalMilliseconds;
        Collect();
        return ms;
    }

    /// <summary>Frees the garbage of a timed run (outside the timing), so that the process's peak memory measures what the
    /// analyses hold, not how many repetitions the large-object heap kept before a full collection.</summary>
    private static void Collect() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);

    private static double MedianOf(double[] values)
    {
        if (values.Length == 0) return 0;
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static int Int(string[] args, string name, int fallback) =>
        Arg(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
