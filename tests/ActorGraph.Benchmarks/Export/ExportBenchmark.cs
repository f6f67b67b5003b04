using System.Diagnostics;
using System.Globalization;
using System.Text;
using ActorGraph.Core.Model;
using ActorGraph.Export;
using ActorGraph.Export.Cypher;
using ActorGraph.Export.Dot;
using ActorGraph.Export.GraphMl;
using ActorGraph.Export.Json;
using ActorGraph.Export.View;

namespace ActorGraph.Benchmarks.Export;

/// <summary><c>export [--actors N] [--repeat R] [--out DIR] [--layout-sizes 50,500,2000 [--layout-only]]</c>: DOT, GraphML, JSON and
/// Cypher export of a generated N-actor graph (default 100,000), each written to a UTF-8 file in DIR, median of R runs.
/// Also writes the graph as TSV for the networkx GraphML peer (Export/peer_graphml.py) and, with --layout-sizes,
/// times Graphviz <c>dot</c> and <c>sfdp</c> on our DOT output for small graphs.</summary>
public sealed class ExportBenchmark : IBenchmark
{
    /// <inheritdoc />
    public string Name => "export";

    /// <inheritdoc />
    public string Description => "DOT/GraphML/JSON/Cypher export of a 100k-actor graph (target: DOT < 2 s)";

    /// <inheritdoc />
    public async Task<int> RunAsync(string[] args)
    {
        var actors = int.Parse(Arg(args, "--actors") ?? "100000", CultureInfo.InvariantCulture);
        var repeat = int.Parse(Arg(args, "--repeat") ?? "5", CultureInfo.InvariantCulture);
        var dir = Arg(args, "--out") ?? Path.Combine(Path.GetTempPath(), "actorgraph-bench-export");
        Directory.CreateDirectory(dir);

        if (Arg(args, "--layout-sizes") is { } only && args.Contains("--layout-only"))
        {
            await Layouts(only, dir);
            return 0;
        }
        var generate = Stopwatch.StartNew();
        var graph = ExportGraphGenerator.Generate(actors);
        Console.WriteLine($"graph: {graph.Actors.Length:N0} actors, {graph.Relations.Length:N0} relations, {graph.Processes.Length:N0} processes " +
            $"(generated in {generate.Elapsed.TotalSeconds:0.00} s)");
        WriteTsv(graph, dir);

        var options = new ExportOptions { Layout = LayoutEngine.Sfdp };
        var results = new List<(string Name, double Median, long Bytes)>
        {
            Measure("view (filter + sort only)", repeat, () => { ExportView.Create(graph, options); return 0; }),
            Measure("dot", repeat, () => WriteFile(Path.Combine(dir, "graph.dot"), w => DotWriter.Write(ExportView.Create(graph, options), w))),
            Measure("graphml", repeat, () => WriteFile(Path.Combine(dir, "graph.graphml"), w => GraphMlWriter.Write(ExportView.Create(graph, options), w))),
            Measure("json", repeat, () => WriteFile(Path.Combine(dir, "graph.json"), w => JsonExportWriter.Write(ExportView.Create(graph, options), w))),
            Measure("cypher", repeat, () => WriteFile(Path.Combine(dir, "graph.cypher"), w => CypherScriptWriter.Write(ExportView.Create(graph, options), w))),
        };
        var dot = results.Single(r => r.Name == "dot").Median;
        Console.WriteLine();
        Console.WriteLine("| step | median (s) | output (MB) | ratio to DOT |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var (name, median, bytes) in results)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {median:0.000} | {(bytes > 0 ? (bytes / 1e6).ToString("0.0", CultureInfo.InvariantCulture) : "-")} | {median / dot:0.00} |"));

        if (Arg(args, "--layout-sizes") is { } sizes) await Layouts(sizes, dir);
        return 0;
    }

    /// <summary>Times Graphviz dot and sfdp on our DOT output for generated graphs of the given sizes (2 ties per actor).</summary>
    private static async Task Layouts(string sizes, string dir)
    {
        Console.WriteLine();
        Console.WriteLine("| actors | relations | dot (s) | sfdp (s) |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var n in sizes.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)))
        {
            var small = ExportGraphGenerator.Generate(n, m: 2);
            // The layout is written into the graph attributes, and Graphviz lets that win over -K: one file per layout.
            var dotText = DotWriter.Write(small, new ExportOptions { Legend = false, Layout = LayoutEngine.Dot });
            var sfdpText = DotWriter.Write(small, new ExportOptions { Legend = false, Layout = LayoutEngine.Sfdp });
            File.WriteAllText(Path.Combine(dir, $"layout-{n}.dot"), dotText);
            var dotTime = await Layout(dotText, "dot", dir);
            var sfdpTime = await Layout(sfdpText, "sfdp", dir);
            Console.WriteLine($"| {n} | {small.Relations.Length} | {dotTime} | {sfdpTime} |");
        }
    }

    private static (string, double, long) Measure(string name, int repeat, Func<long> run)
    {
        run(); // warm-up
        var times = new List<double>();
        long bytes = 0;
        for (var i = 0; i < repeat; i++)
        {
            GC.Collect();
            var sw = Stopwatch.StartNew();
            bytes = run();
            times.Add(sw.Elapsed.TotalSeconds);
        }
        times.Sort();
        var median = times[times.Count / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: median {median:0.000} s of {repeat} (min {times[0]:0.000}, max {times[^1]:0.000})"));
        return (name, median, bytes);
    }

    private static long WriteFile(string path, Action<TextWriter> write)
    {
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16)) write(writer);
        return new FileInfo(path).Length;
    }

    private static async Task<string> Layout(string dot, string engine, string dir)
    {
        var limit = TimeSpan.FromSeconds(120);
        var sw = Stopwatch.StartNew();
        var result = await new ActorGraph.Export.Rendering.GraphvizRenderer("dot", limit)
            .RenderAsync(dot, engine == "sfdp" ? LayoutEngine.Sfdp : LayoutEngine.Dot, ActorGraph.Export.Rendering.RenderFormat.Svg, Path.Combine(dir, "layout.svg"));
        return result switch
        {
            ActorGraph.Export.Rendering.RenderResult.Rendered => sw.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture),
            ActorGraph.Export.Rendering.RenderResult.TimedOut => $"> {limit.TotalSeconds:0} (stopped)",
            ActorGraph.Export.Rendering.RenderResult.Failed f => $"failed (exit {f.ExitCode}): {f.Errors.Split('\n')[0]}",
            _ => result.Describe(),
        };
    }

    /// <summary>The graph as two TSV files for the python peer: nodes (id, name, kind) and edges (id, source, target, kind, strength, start).</summary>
    private static void WriteTsv(ActorGraphData graph, string dir)
    {
        using var nodes = new StreamWriter(Path.Combine(dir, "nodes.tsv"), false, new UTF8Encoding(false));
        foreach (var a in graph.Actors) nodes.Write($"{a.Id}\t{a.Name.Replace('\t', ' ')}\t{a.Kind}\n");
        using var edges = new StreamWriter(Path.Combine(dir, "edges.tsv"), false, new UTF8Encoding(false));
        foreach (var r in graph.Relations)
            edges.Write(string.Create(CultureInfo.InvariantCulture, $"{r.Id}\t{r.Source}\t{r.Target}\t{r.Kind.Name}\t{r.Strength}\t{r.When.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""}\n"));
    }

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
