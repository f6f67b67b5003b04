using System.Text.Json;
using ActorGraph.Cli.Infrastructure;
using ActorGraph.Cli.Tests.Support;

namespace ActorGraph.Cli.Tests.Neo4j;

/// <summary>Every query command reads its graph from Neo4j with --neo4j, and answers as it does from the seed.</summary>
public sealed class QueryFromNeo4jTests
{
    private static FakeReply Removed(ReceivedRun run) =>
        run.Query.Contains("loadRun <> $run", StringComparison.Ordinal) ? FakeReply.Rows(["removed"], [0L]) : FakeReply.Empty;

    [Fact]
    public async Task Mediators_from_neo4j_equal_mediators_from_the_seed()
    {
        // Load the seed into a fake server, then serve back exactly what it received.
        var load = new FakeNeo4j { Respond = Removed };
        await using (var server = load.Start())
        {
            var loaded = await CliRunner.RunAsync(["load", "--neo4j", server.Uri(), "--seed", RepositoryPaths.SeedDirectory])
                .WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal(ExitCodes.Ok, loaded.ExitCode);
        }

        var read = new FakeNeo4j { Respond = ReadBack.From(load.Runs) };
        CliResult fromNeo4j;
        await using (var server = read.Start())
        {
            fromNeo4j = await CliRunner.RunAsync(["mediators", "hamas", "israel", "--neo4j", server.Uri(), "--format", "json"],
                new Dictionary<string, string> { ["ACTORGRAPH_NEO4J_PASSWORD"] = "query-pw-77" }).WaitAsync(TimeSpan.FromSeconds(60));
        }
        var fromSeed = await CliRunner.RunOnSeedAsync("mediators", "hamas", "israel", "--format", "json");

        Assert.Equal(ExitCodes.Ok, fromNeo4j.ExitCode);
        Assert.All(read.Runs, r => Assert.Equal("r", r.Begin!["mode"]));
        Assert.Equal(Names(fromSeed.Out), Names(fromNeo4j.Out));
        Assert.Contains("egypt", Names(fromNeo4j.Out));
        Assert.DoesNotContain("query-pw-77", fromNeo4j.Out + fromNeo4j.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_server_is_a_clear_error_with_exit_code_3()
    {
        var result = await CliRunner.RunAsync(["actors", "--neo4j", "bolt://127.0.0.1:1"]).WaitAsync(TimeSpan.FromSeconds(90));
        Assert.Equal(ExitCodes.Unavailable, result.ExitCode);
        Assert.Contains("cannot reach Neo4j at bolt://127.0.0.1:1", result.Error, StringComparison.Ordinal);
    }

    private static List<string> Names(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.GetProperty("explicit").EnumerateArray().Select(e => e.GetProperty("actorId").GetString()!)];
    }
}
