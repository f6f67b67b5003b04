using System.Collections.Immutable;
using ActorGraph.Core.Model;
using ActorGraph.Seed.Tests.Support;

namespace ActorGraph.Seed.Tests;

/// <summary>SeedCsvWriter writes folders that SeedLoader reads back as the same graph.</summary>
public sealed class CsvWriterTests
{
    [Fact]
    public void Graph_seed_round_trips_through_csv()
    {
        var original = SeedLoader.Load(Path.Combine(AppContext.BaseDirectory, "graph-seed"));
        Assert.True(original.Succeeded);
        using var folder = new TempSeed();
        SeedCsvWriter.Write(original.Graph!, folder.Path);

        var reloaded = folder.Load();
        Assert.True(reloaded.Succeeded, string.Join("\n", reloaded.Errors));
        Assert.Equal(GraphText.Of(original.Graph!), GraphText.Of(reloaded.Graph!));
        // The seed has relations with two evidence items and a process with an outcome: those need YAML.
        Assert.True(File.Exists(Path.Combine(folder.Path, "relations.yaml")));
        Assert.True(File.Exists(Path.Combine(folder.Path, "processes.yaml")));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_graphs_with_awkward_text_round_trip(int seed)
    {
        var graph = RandomGraph(new Random(seed), actors: 40, relations: 200);
        using var folder = new TempSeed();
        SeedCsvWriter.Write(graph, folder.Path);
        var reloaded = folder.Load();
        Assert.True(reloaded.Succeeded, string.Join("\n", reloaded.Errors.Take(10)));
        Assert.Equal(GraphText.Of(graph), GraphText.Of(reloaded.Graph!));
    }

    [Fact]
    public void Graph_that_fits_csv_is_written_as_csv_only()
    {
        var graph = RandomGraph(new Random(7), actors: 10, relations: 30, csvOnly: true);
        using var folder = new TempSeed();
        SeedCsvWriter.Write(graph, folder.Path);
        Assert.Equal(["actors.csv", "processes.csv", "relations.csv", "sources.csv"],
            Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(GraphText.Of(graph), GraphText.Of(folder.Load().Graph!));
    }

    [Fact]
    public void Relation_id_with_a_tilde_that_the_loader_would_not_derive_is_refused()
    {
        var a = new Actor("a", "A", ActorKind.State, []);
        var b = new Actor("b", "B", ActorKind.State, []);
        var r = new Relation("a~x", "a", "b", RelationVocabulary.Meets, 0.5, 1, default, [], Modality.Reported, []);
        using var folder = new TempSeed();
        var e = Assert.Throws<ArgumentException>(() => SeedCsvWriter.Write(new ActorGraphData([a, b], [r], [], []), folder.Path));
        Assert.Contains("'a~x'", e.Message, StringComparison.Ordinal);
    }

    /// <summary>A deterministic graph with text that stresses CSV: commas, quotes, line breaks, accents, semicolons.</summary>
    internal static ActorGraphData RandomGraph(Random random, int actors, int relations, bool csvOnly = false)
    {
        string[] words = ["alpha", "Beta, Inc.", "say \"hi\"", "two\nlines", "Türkiye", "naïve", "x;y", "plain", "a,b;c"];
        string Word() => csvOnly ? words[random.Next(words.Length)].Replace(";", "", StringComparison.Ordinal) : words[random.Next(words.Length)];
        DateOnly? Date() => random.Next(3) == 0 ? null : new DateOnly(2020, 1, 1).AddDays(random.Next(2000));

        var sources = new[] { new Source("s1", "Report, one", "Wire \"X\"", new DateOnly(2024, 12, 1), "https://example.org/a?b=1,2"), new Source("s2", "Two") };
        var actorList = Enumerable.Range(0, actors).Select(i => new Actor($"actor-{i}", $"Actor {i} {Word()}",
            (ActorKind)(i % 9), i % 3 == 0 ? [$"Alias {i} {Word()}"] : [], i % 2 == 0 ? "EGY" : null, i % 4 == 0 ? Word() : null)).ToList();

        ImmutableArray<Evidence> Evidence(int max) => [.. Enumerable.Range(0, random.Next(max + 1))
            .Select(_ => new Evidence(sources[random.Next(2)].Id, random.Next(2) == 0 ? $"para {random.Next(9)}" : null, random.Next(2) == 0 ? Word() : null))];

        var relationList = new List<Relation>();
        for (var i = 0; i < relations; i++)
        {
            var s = random.Next(actors);
            var t = (s + 1 + random.Next(actors - 1)) % actors;
            var start = Date();
            var kind = RelationVocabulary.All[random.Next(RelationVocabulary.All.Count)];
            relationList.Add(new Relation("placeholder", actorList[s].Id, actorList[t].Id, kind,
                Math.Round(random.NextDouble(), 3), random.Next(2) == 0 ? 1 : random.NextDouble(),
                new DateRange(start, start is { } d && random.Next(2) == 0 ? d.AddDays(random.Next(100)) : null),
                [.. Enumerable.Range(0, random.Next(3)).Select(_ => Word()).Distinct()], (Modality)random.Next(4),
                Evidence(csvOnly ? 1 : 2), 1 + random.Next(5)));
        }
        // Ids as the loader gives them: some explicit, the rest derived in load order.
        var deriver = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < relationList.Count; i++)
        {
            var r = relationList[i];
            string id;
            if (i % 5 == 0) id = $"rel-{i}";
            else
            {
                var baseId = r.When.Start is { } st ? $"{r.Source}~{r.Kind.Name}~{r.Target}~{st:yyyy-MM-dd}" : $"{r.Source}~{r.Kind.Name}~{r.Target}";
                var n = deriver[baseId] = deriver.GetValueOrDefault(baseId) + 1;
                id = n == 1 ? baseId : $"{baseId}~{n}";
            }
            relationList[i] = r with { Id = id };
        }

        // Status and dates agree, as validation requires: an ended or collapsed process has an end, outcomes follow the start.
        var processes = Enumerable.Range(0, 4).Select(i =>
        {
            var status = (ProcessStatus)(i % 5);
            var start = Date();
            DateOnly? end = status is ProcessStatus.Collapsed or ProcessStatus.Ended ? (start ?? new DateOnly(2020, 1, 1)).AddDays(random.Next(1, 400)) : null;
            return new MediationProcess($"p{i}", $"Process {i} {Word()}",
                [actorList[i].Id, actorList[i + 1].Id], [actorList[i + 2].Id], [Word()], status,
                new DateRange(start, end),
                csvOnly || i % 2 == 0 ? [] : [new ProcessOutcome(start?.AddDays(random.Next(300)) ?? Date(), Word(), Evidence(1))],
                Evidence(csvOnly ? 1 : 2), i % 2 == 1, 0.25 * (i + 1));
        }).ToList();
        return new ActorGraphData(actorList, relationList, processes, sources);
    }
}
