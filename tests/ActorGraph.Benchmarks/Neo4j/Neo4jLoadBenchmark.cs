using System.Diagnostics;
using System.Globalization;
using ActorGraph.Bolt;
using ActorGraph.Core.Model;
using ActorGraph.Storage.Neo4j;

namespace ActorGraph.Benchmarks.Neo4j;

/// <summary>Times <see cref="Neo4jGraphStore.ReplaceAsync"/> against <see cref="BoltSink"/> (no Neo4j): the client-side
/// cost of a load, at batch sizes 1,000 / 5,000 (the default) / 20,000. Arguments: <c>--actors N --relations M --runs R</c>.</summary>
public sealed class Neo4jLoadBenchmark : IBenchmark
{
    public string Name => "neo4j-load";

    public string Description => "load a generated graph through the Neo4j store into a Bolt sink (client side only): rows/s by batch size";

    public async Task<int> RunAsync(string[] args)
    {
        var actors = Arg(args, "--actors", 20_000);
        var relations = Arg(args, "--relations", 200_000);
        var runs = Math.Max(1, Arg(args, "--runs", 3));
        var graph = Generate(actors, relations);
        var rows = graph.Actors.Length + graph.Relations.Length + graph.Processes.Length + graph.Sources.Length;
        Console.WriteLine(Invariant($"graph: {actors:N0} actors, {relations:N0} relations, {graph.Processes.Length:N0} processes; .NET {Environment.Version}, {Environment.ProcessorCount} cores"));
        await using var sink = new BoltSink();
        await using var driver = GraphDatabase.Driver(sink.Uri, AuthTokens.Basic("neo4j", "benchmark"));
        var medians = new Dictionary<int, double>();
        foreach (var batch in new[] { 1_000, 5_000, 20_000 })
        {
            var store = new Neo4jGraphStore(driver, new Neo4jStoreOptions { BatchSize = batch });
            await store.ReplaceAsync(graph, "warm-up");
            var times = new List<double>();
            var before = sink.BytesReceived;
            for (var run = 0; run < runs; run++)
            {
                var clock = Stopwatch.StartNew();
                await store.ReplaceAsync(graph, "benchmark");
                times.Add(clock.Elapsed.TotalSeconds);
            }
            var median = times.Order().ElementAt(times.Count / 2);
            medians[batch] = median;
            Console.WriteLine(Invariant($"batch {batch,6:N0}: median {median:F3} s over {runs} runs, {rows / median:N0} rows/s, {(sink.BytesReceived - before) / runs / 1e6:F1} MB sent per load"));
        }
        Console.WriteLine(Invariant($"ratio batch 1,000 / 5,000: {medians[1_000] / medians[5_000]:F2}; 20,000 / 5,000: {medians[20_000] / medians[5_000]:F2}"));
        return 0;
    }

    private static ActorGraphData Generate(int actors, int relations)
    {
        var random = new Random(20241124);
        var kinds = RelationVocabulary.All;
        var a = Enumerable.Range(0, actors).Select(i => new Actor($"actor-{i}", $"Actor number {i}", (ActorKind)(i % 9), [$"A{i}"], "QA")).ToList();
        var sources = Enumerable.Range(0, 1_000).Select(i => new Source($"src-{i}", $"Report {i}", "Agency", new DateOnly(2024, 1, 1).AddDays(i % 300))).ToList();
        var r = Enumerable.Range(0, relations).Select(i => new Relation($"rel-{i}", $"actor-{random.Next(actors)}", $"actor-{random.Next(actors)}",
            kinds[random.Next(kinds.Count)], random.NextDouble(), random.NextDouble(), new DateRange(new DateOnly(2023, 1, 1).AddDays(random.Next(700)), null),
            ["ceasefire"], Modality.Reported, [new Evidence($"src-{random.Next(1_000)}", "p. 2")])).ToList();
        var p = Enumerable.Range(0, actors / 100).Select(i => new MediationProcess($"proc-{i}", $"Talks {i}", [$"actor-{i}", $"actor-{i + 1}"], [$"actor-{i + 2}"],
            ["ceasefire"], ProcessStatus.Ongoing, new DateRange(new DateOnly(2024, 1, 1), null), [], [])).ToList();
        return new ActorGraphData(a, r, p, sources);
    }

    private static int Arg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
