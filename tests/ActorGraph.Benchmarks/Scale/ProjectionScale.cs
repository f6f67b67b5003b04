using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ActorGraph.Analysis.Projection;
using ActorGraph.Benchmarks.Analysis.Graphs;
using ActorGraph.Core.Model;

namespace ActorGraph.Benchmarks.Scale;

/// <summary><c>scale project --graph FILE [--json OUT]</c>: turns an edge list into loaded actor data (string ids, relation
/// kinds of every sign, strengths, confidences and dates over five years, no evidence text) and times building the
/// analysis graph from it (<see cref="GraphProjection.ToCompact"/>): the first build, which also indexes the relations'
/// endpoints by actor id, and a second one with the index kept. Peak memory comes from <c>/usr/bin/time -v</c>.</summary>
internal static class ProjectionScale
{
    private static readonly RelationKind[] Kinds =
    [
        RelationVocabulary.Meets, RelationVocabulary.Negotiates, RelationVocabulary.Engages, RelationVocabulary.Supports,
        RelationVocabulary.Cooperates, RelationVocabulary.Mediates, RelationVocabulary.Pressures, RelationVocabulary.Accuses,
        RelationVocabulary.Attacks, RelationVocabulary.ArmedConflict,
    ];

    public static int Run(string graphPath, string? jsonPath)
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
        var data = new ActorGraphData(actors, relations, [], [new Source("events", "Synthetic event data")]);
        relations = null!;
        GC.Collect();
        Console.WriteLine($"loaded data: {data.Actors.Length:N0} actors, {data.Relations.Length:N0} relations; managed heap {GC.GetTotalMemory(false) / 1048576.0:N0} MB");

        var clock = Stopwatch.StartNew();
        var first = GraphProjection.ToCompact(data, ProjectionOptions.Paths);
        var firstMs = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var second = GraphProjection.ToCompact(data, ProjectionOptions.Paths);
        var secondMs = clock.Elapsed.TotalMilliseconds;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  projection: first {firstMs:F0} ms (with the endpoint index), again {secondMs:F0} ms; {second.EdgeCount:N0} edges; peak working set {peak:N0} MB"));
        if (jsonPath is not null)
        {
            File.WriteAllText(jsonPath, JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["actors"] = data.Actors.Length, ["relations"] = data.Relations.Length, ["edges"] = first.EdgeCount,
                ["first_ms"] = firstMs, ["again_ms"] = secondMs, ["peak_working_set_mb"] = peak,
            }));
        }
        return 0;
    }
}
