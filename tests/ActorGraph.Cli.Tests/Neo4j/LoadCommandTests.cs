using ActorGraph.Cli.Infrastructure;
using ActorGraph.Cli.Tests.Support;
using ActorGraph.Seed;

namespace ActorGraph.Cli.Tests.Neo4j;

public sealed class LoadCommandTests
{
    private const string Password = "load-pw-Secret-99";

    private static FakeReply Removed(ReceivedRun run) =>
        run.Query.Contains("loadRun <> $run", StringComparison.Ordinal) ? FakeReply.Rows(["removed"], [0L]) : FakeReply.Empty;

    private static int RowCount(FakeNeo4j fake, string merge) =>
        fake.Runs.Where(r => r.Query.Contains(merge, StringComparison.Ordinal)).Sum(r => ((List<object?>)r.Parameters["rows"]!).Count);

    [Fact]
    public async Task Loads_the_seed_in_batches_into_the_given_database_and_reports_the_counts()
    {
        var seed = SeedLoader.Load(RepositoryPaths.SeedDirectory).Graph!;
        var fake = new FakeNeo4j { Respond = Removed };
        CliResult result;
        await using (var server = fake.Start())
        {
            result = await CliRunner.RunAsync(
                ["load", "--neo4j", server.Uri(), "--seed", RepositoryPaths.SeedDirectory, "--database", "actors", "--batch-size", "10"],
                new Dictionary<string, string> { ["ACTORGRAPH_NEO4J_PASSWORD"] = Password }).WaitAsync(TimeSpan.FromSeconds(60));
            await server.VerifyAsync(allScriptsUsed: false);
        }
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains($"loaded {seed.Actors.Length} actors, {seed.Relations.Length} relations", result.Out, StringComparison.Ordinal);
        Assert.Equal(seed.Actors.Length, RowCount(fake, "MERGE (n:Actor {id: row.id})"));
        Assert.Equal(seed.Relations.Length, RowCount(fake, "MERGE (s)-[r:"));
        Assert.All(fake.Runs.Where(r => r.Query.StartsWith("UNWIND", StringComparison.Ordinal)),
            r => Assert.InRange(((List<object?>)r.Parameters["rows"]!).Count, 1, 10));
        Assert.All(fake.Runs.Where(r => r.Begin is not null), r => Assert.Equal("actors", r.Begin!["db"]));
        var start = fake.Runs.Single(r => r.Query.StartsWith("CREATE (l:LoadRun", StringComparison.Ordinal));
        Assert.Equal(Path.GetFullPath(RepositoryPaths.SeedDirectory), start.Parameters["origin"]);
        Assert.Equal("succeeded", fake.Runs.Last().Parameters["status"]);
        Assert.DoesNotContain(Password, result.Out + result.Error, StringComparison.Ordinal);
    }
}
