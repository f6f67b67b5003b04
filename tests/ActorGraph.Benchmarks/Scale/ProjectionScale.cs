using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ActorGraph.Analysis.Mediation;
using ActorGraph.Analysis.Projection;
using ActorGraph.Analysis.Semantics;
using ActorGraph.Benchmarks.Analysis.Graphs;
using ActorGraph.Core.Model;

namespace ActorGraph.Benchmarks.Scale;

/// <summary><c>scale project --graph FILE [--json OUT]</c>: turns an edge list into loaded actor data (string ids, relation
/// kinds of every sign, strengths, confidences and dates over five years, no evidence text) and times building the
/// analysis graph from it (<see cref="GraphProjection.ToCompact"/>): the first build, which also indexes the relations'
/// endpoints by actor id (from the positions a loader passes, checked), phase by phase, and a second one with the index kept; with <c>--mediator-pairs N</c>, then times `mediators A B`
/// on N pairs (p50, p99). Peak memory comes from <c>/usr/bin/time -v</c>.</summary>
internal static class ProjectionScale
{
    private static readonly RelationKind[] Kinds =
    [
        RelationVocabulary.Meets, RelationVocabulary.Negotiates, RelationVocabulary.Engages, RelationVocabulary.Supports,
        RelationVocabulary.Cooperates, RelationVocabulary.Mediates, RelationVocabulary.Pressures, RelationVocabulary.Accuses,
        RelationVocabulary.Attacks, RelationVocabulary.ArmedConflict,
    ];

    public static int Run(string graphPath, string? jsonPath, int mediatorPairs = 0)
    {
        var edges = BinaryEdgeList.Read(graphPath);
        var random = new Random(5);
        var actors = new Actor[edges.VertexCount];
        for (var i = 0; i < actors.Length; i++) actors[i] = new Actor(RealisticActorGraph.Id(i), $"Actor {i}", i % 10 == 0 ? ActorKind.State : ActorKind.ArmedGroup, []);
        var start = new DateOnly(2020, 1, 1);
        var relations = new Relation[edges.Sources.Length];
        for (var e = 0; e < relations.Length; e++)
        {
            relations[e] = new Relation("r" + e.ToString(CultureInfo.InvariantCulture), actors[edges.Sources[e]].Id, actors[edges.Targets[e]].Id,
                Kinds[random.Next(Kinds.Length)], Math.Round(random.NextDouble(), 2), Math.Round(0.5 + random.NextDouble() / 2, 2),
                new DateRange(start.AddDays(random.Next(5 * 365)), null), [], Modality.Reported, []);
        }
        // With the endpoint positions as hints, as the seed loader passes them (they are checked, not trusted).
        var data = new ActorGraphData(actors, relations, [], [new Source("events", "Synthetic event data")], edges.Sources, edges.Targets);
        relations = null!;
        GC.Collect();
        Console.WriteLine($"loaded data: {data.Actors.Length:N0} actors, {data.Relations.Length:N0} relations; managed heap {GC.GetTotalMemory(false) / 1048576.0:N0} MB");

        // The first build, phase by phase (the same work ToCompact does on a fresh graph, in the same order).
        var clock = Stopwatch.StartNew();
        var phases = new Dictionary<string, object>();
        Phase("endpoints", () => data.SourceIndexOf(0), phases);
        Phase("incidence", data.PrepareIndexes, phases);
        Phase("semantic index", () => SemanticIndex.Of(data), phases);
        CompactGraph first = null!;
        Phase("projection", () => first = GraphProjection.ToCompact(data, ProjectionOptions.Paths), phases);
        var firstMs = clock.Elapsed.TotalMilliseconds;
        first = null!;
        GC.Collect();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        clock.Restart();
        var second = GraphProjection.ToCompact(data, ProjectionOptions.Paths);
        var secondMs = clock.Elapsed.TotalMilliseconds;
        var secondCpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        var edgeCount = second.EdgeCount;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  projection: first {firstMs:F0} ms (with the endpoint index), again {secondMs:F0} ms ({secondCpuMs:F0} ms CPU); {edgeCount:N0} edges; peak working set {peak:N0} MB"));
        second = null!;
        var results = new Dictionary<string, object>
        {
            ["actors"] = data.Actors.Length, ["relations"] = data.Relations.Length, ["edges"] = edgeCount,
            ["first_ms"] = firstMs, ["first_phases"] = phases, ["again_ms"] = secondMs, ["again_cpu_ms"] = secondCpuMs, ["peak_working_set_mb"] = peak,
        };
        if (mediatorPairs > 0) Mediators(data, edges, mediatorPairs, results);
        if (jsonPath is not null) File.WriteAllText(jsonPath, JsonSerializer.Serialize(results));
        return 0;
    }

    /// <summary>Runs one phase of the first build and prints (and keeps) its wall and CPU time, and the gen-2 collections
    /// and GC pause time it caused.</summary>
    private static void Phase(string name, Action action, Dictionary<string, object> phases)
    {
        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        var gen2 = GC.CollectionCount(2);
        var pause = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        action();
        var wallMs = clock.Elapsed.TotalMilliseconds;
        self.Refresh();
        var cpuMs = (self.TotalProcessorTime - cpu).TotalMilliseconds;
        var pauseMs = (GC.GetTotalPauseDuration() - pause).TotalMilliseconds;
        var collections = GC.CollectionCount(2) - gen2;
        phases[name] = new Dictionary<string, double> { ["wall_ms"] = wallMs, ["cpu_ms"] = cpuMs, ["gen2"] = collections, ["gc_pause_ms"] = pauseMs };
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  first build, {name}: {wallMs:F0} ms wall, {cpuMs:F0} ms CPU, {collections} gen-2 collections, GC pauses {pauseMs:F0} ms"));
    }

    /// <summary>`mediators A B` after load: half the pairs are the two ends of a random relation (they have ties, some
    /// hostile, so structural candidates are searched), half uniform random actors. One warm-up query builds the
    /// semantic index, as the service does once per graph version.</summary>
    private static void Mediators(ActorGraphData data, EdgeListGraph edges, int count, Dictionary<string, object> results)
    {
        var random = new Random(17);
        var n = data.Actors.Length;
        var pairs = new (string A, string B)[count];
        for (var i = 0; i < count; i++)
        {
            int a, b;
            if (i % 2 == 0) { var e = random.Next(edges.Sources.Length); (a, b) = (edges.Sources[e], edges.Targets[e]); }
            else { a = random.Next(n); b = random.Next(n); }
            if (a == b) b = (b + 1) % n;
            pairs[i] = (data.Actors[a].Id, data.Actors[b].Id);
        }
        var clock = Stopwatch.StartNew();
        MediatorFinder.Find(data, pairs[0].A, pairs[0].B);
        var warmMs = clock.Elapsed.TotalMilliseconds;
        var each = new double[count];
        for (var i = 0; i < count; i++)
        {
            clock.Restart();
            MediatorFinder.Find(data, pairs[i].A, pairs[i].B);
            each[i] = clock.Elapsed.TotalMilliseconds;
        }
        Array.Sort(each);
        double At(double q) => each[Math.Min(count - 1, (int)Math.Ceiling(q * count) - 1)];
        results["mediator_pairs"] = count;
        results["mediators_first_ms"] = warmMs;
        results["mediators_p50_ms"] = At(0.5);
        results["mediators_p99_ms"] = At(0.99);
        results["mediators_max_ms"] = each[^1];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  mediators: first {warmMs:F0} ms (semantic index), then {count:N0} pairs: p50 {At(0.5):F2} ms, p99 {At(0.99):F2} ms, max {each[^1]:F1} ms"));
    }
}
