using ActorGraph.Core.Model;
using ActorGraph.Import.Diagnostics;
using ActorGraph.Import.Output;
using ActorGraph.Import.Tests.Support;
using ActorGraph.Seed;

namespace ActorGraph.Import.Tests.Output;

public class SeedFolderTests
{
    [Fact]
    public void The_seed_folder_loads_with_the_seed_loader_and_gives_the_same_graph()
    {
        var imported = Run.Gdelt(Fixtures.ConflictRows().Concat(Fixtures.BadRows())).Graph;
        using var dir = new TempDir();
        var seed = dir.File("seed");

        ImportWriter.WriteSeedFolder(imported, seed, replace: false);
        var loaded = SeedLoader.Load(seed);

        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
        var g = loaded.Graph!;
        Assert.Equal(DescribeActors(imported.Actors), DescribeActors(g.Actors));
        Assert.Equal(imported.Sources, g.Sources.OrderBy(s => s.Id, StringComparer.Ordinal));
        Assert.Equal(Describe(imported.Relations), Describe(g.Relations));
        var process = Assert.Single(g.Processes);
        var expected = Assert.Single(imported.Processes);
        Assert.Equal(expected.Id, process.Id);
        Assert.True(process.Inferred);
        Assert.Equal(expected.Parties.AsEnumerable(), process.Parties.AsEnumerable());
        Assert.Equal(expected.Mediators.AsEnumerable(), process.Mediators.AsEnumerable());
        Assert.Equal(expected.Confidence, process.Confidence, 3);
        Assert.Equal(expected.Evidence.AsEnumerable(), process.Evidence.AsEnumerable());
        Assert.Equal(new[] { seed }, Directory.GetDirectories(dir.Path));
    }

    private static List<string> DescribeActors(IEnumerable<Actor> actors) =>
        [.. actors.Select(a => $"{a.Id}|{a.Name}|{a.Kind}|{string.Join(';', a.Aliases)}|{a.Country}|{a.Description}").Order(StringComparer.Ordinal)];

    private static List<string> Describe(IEnumerable<Relation> relations) =>
    [
        .. relations.Select(r =>
            $"{r.Id}|{r.Source}|{r.Target}|{r.Kind.Name}|{r.Strength:0.000}|{r.Confidence:0.000}|{r.When}|{string.Join(';', r.Topics)}|{r.Modality}|{r.Weight}|" +
            string.Join(";", r.Evidence.Select(e => $"{e.SourceId}/{e.Locator}/{e.Note}")))
            .Order(StringComparer.Ordinal),
    ];

    [Fact]
    public void An_existing_folder_is_not_replaced_without_being_asked()
    {
        using var dir = new TempDir();
        var seed = dir.File("seed");
        Directory.CreateDirectory(seed);
        File.WriteAllText(Path.Combine(seed, "actors.csv"), "id,name,kind,aliases,country,description\n");
        var graph = Run.Gdelt(Fixtures.GoodRows()).Graph;

        var ex = Assert.Throws<ImportFailedException>(() => ImportWriter.WriteSeedFolder(graph, seed, replace: false));
        Assert.Contains("--force", ex.Message, StringComparison.Ordinal);
        Assert.Equal("id,name,kind,aliases,country,description\n", File.ReadAllText(Path.Combine(seed, "actors.csv")));

        ImportWriter.WriteSeedFolder(graph, seed, replace: true);
        Assert.Equal(graph.Actors.Length, SeedLoader.Load(seed).Graph!.Actors.Length);
        Assert.Single(Directory.GetDirectories(dir.Path));
    }
}
