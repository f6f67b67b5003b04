using System.Text.Json;
using ActorGraph.Bolt;
using ActorGraph.Cli.Infrastructure;
using ActorGraph.Cli.Tests.Support;

namespace ActorGraph.Cli.Tests.Neo4j;

public sealed class CypherCommandTests
{
    private const string Password = "pw-Very$ecret-42";

    private static readonly Dictionary<string, string> Env = new() { ["ACTORGRAPH_NEO4J_PASSWORD"] = Password };

    private static readonly Node Qatar = new(1, "4:x:1", ["Actor"], new Dictionary<string, object?> { ["id"] = "qatar", ["name"] = "Qatar", ["country"] = "QA" });
    private static readonly Node Hamas = new(2, "4:x:2", ["Actor"], new Dictionary<string, object?> { ["id"] = "hamas", ["name"] = "Hamas" });
    private static readonly Relationship Mediates = new(7, "5:x:7", 1, "4:x:1", 2, "4:x:2", "MEDIATES", new Dictionary<string, object?> { ["id"] = "r1", ["strength"] = 0.8 });

    private static async Task<(CliResult Result, FakeNeo4j Fake)> RunAsync(Func<ReceivedRun, FakeReply> respond, params string[] args)
    {
        var fake = new FakeNeo4j { Respond = respond };
        CliResult result;
        await using (var server = fake.Start())
        {
            result = await CliRunner.RunAsync([.. args, "--neo4j", server.Uri()], Env).WaitAsync(TimeSpan.FromSeconds(30));
            await server.VerifyAsync(allScriptsUsed: false);
        }
        Assert.DoesNotContain(Password, result.Out + result.Error, StringComparison.Ordinal);
        return (result, fake);
    }

    private static FakeReply Graph(ReceivedRun _) =>
        FakeReply.Rows(["a", "r", "b", "p", "n"], [Qatar, Mediates, Hamas, new GraphPath([Qatar, Hamas], [Mediates]), 3L]);

    [Fact]
    public async Task Runs_in_read_mode_by_default_with_typed_parameters_and_prints_a_compact_table()
    {
        var (result, fake) = await RunAsync(Graph, "cypher", "MATCH (a:Actor {id: $id})-[r]->(b) WHERE r.strength >= $min RETURN a, r, b",
            "--param", "id=qatar", "--param", "min=0.5", "-p", "n=3", "-p", "flag=true", "-p", "tags:=[\"a\",2]", "--database", "actors");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var run = Assert.Single(fake.Runs);
        Assert.Equal("MATCH (a:Actor {id: $id})-[r]->(b) WHERE r.strength >= $min RETURN a, r, b", run.Query);
        Assert.Equal("r", run.Extra["mode"]);
        Assert.Equal("actors", run.Extra["db"]);
        Assert.Equal("qatar", run.Parameters["id"]);
        Assert.Equal(0.5, run.Parameters["min"]);
        Assert.Equal(3L, run.Parameters["n"]);
        Assert.Equal(true, run.Parameters["flag"]);
        Assert.True(ValueEquality.Equal(new List<object?> { "a", 2L }, run.Parameters["tags"]));

        Assert.Contains("(:Actor {id: \"qatar\", name: \"Qatar\"})", result.Out, StringComparison.Ordinal);
        Assert.Contains("[:MEDIATES {id: \"r1\"}]", result.Out, StringComparison.Ordinal);
        Assert.Contains("(qatar)-[:MEDIATES]->(hamas)", result.Out, StringComparison.Ordinal);
        Assert.StartsWith("a ", result.Out, StringComparison.Ordinal);
        Assert.Contains("1 row(s)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_mode_is_only_used_with_write()
    {
        var (result, fake) = await RunAsync(_ => FakeReply.Empty, "cypher", "MATCH (n:Tmp) DELETE n", "--write");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.False(Assert.Single(fake.Runs).Extra.ContainsKey("mode"));
    }

    [Fact]
    public async Task Json_output_keeps_labels_types_and_properties()
    {
        var (result, _) = await RunAsync(Graph, "cypher", "RETURN 1", "--format", "json");
        using var doc = JsonDocument.Parse(result.Out);
        var row = Assert.Single(doc.RootElement.EnumerateArray().ToList());
        Assert.Equal("Actor", row.GetProperty("a").GetProperty("labels")[0].GetString());
        Assert.Equal("QA", row.GetProperty("a").GetProperty("properties").GetProperty("country").GetString());
        Assert.Equal("MEDIATES", row.GetProperty("r").GetProperty("type").GetString());
        Assert.Equal(0.8, row.GetProperty("r").GetProperty("properties").GetProperty("strength").GetDouble());
        Assert.Equal(2, row.GetProperty("p").GetProperty("nodes").GetArrayLength());
        Assert.Equal(3, row.GetProperty("n").GetInt64());
    }

    [Fact]
    public async Task A_file_of_statements_runs_each_in_turn_splitting_at_semicolons_outside_strings()
    {
        var file = Path.Combine(Path.GetTempPath(), $"ag-cypher-{Guid.NewGuid():N}.cypher");
        await File.WriteAllTextAsync(file, "MATCH (n {name: 'a;b'}) RETURN n;\n// a comment; still a comment\nRETURN $x AS x;\n");
        try
        {
            var (result, fake) = await RunAsync(_ => FakeReply.Rows(["x"], [1L]), "cypher", "--file", file, "-p", "x=1");
            Assert.Equal(ExitCodes.Ok, result.ExitCode);
            Assert.Equal(2, fake.Runs.Count);
            Assert.Equal("MATCH (n {name: 'a;b'}) RETURN n", fake.Runs[0].Query);
            Assert.EndsWith("RETURN $x AS x", fake.Runs[1].Query, StringComparison.Ordinal);
            Assert.All(fake.Runs, r => Assert.Equal(1L, r.Parameters["x"]));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_cypher_error_is_a_message_with_the_code_not_a_trace()
    {
        var (result, _) = await RunAsync(_ => FakeReply.Failure("Neo.ClientError.Statement.SyntaxError"), "cypher", "MATCH (n RETURN n");
        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("Neo.ClientError.Statement.SyntaxError", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_server_at_the_uri_is_exit_code_3_with_a_clear_message()
    {
        using var closed = new ClosedPort();
        var port = closed.Port;
        var result = await CliRunner.RunAsync(["cypher", "RETURN 1", "--neo4j", $"bolt://127.0.0.1:{port}"], Env);
        Assert.Equal(ExitCodes.Unavailable, result.ExitCode);
        Assert.Contains($"cannot reach Neo4j at bolt://127.0.0.1:{port}", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, result.Out + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_credentials_say_so_without_echoing_the_password()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.AcceptAsync(5, 4);
            await c.ReceiveAsync(); // HELLO
            await c.SuccessAsync(new Dictionary<string, object?> { ["server"] = "Neo4j/5.26.0", ["connection_id"] = "bolt-1" });
            await c.ReceiveAsync(); // LOGON
            await c.FailureAsync("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.");
            await c.ExpectCloseAsync();
        });
        var result = await CliRunner.RunAsync(["cypher", "RETURN 1", "--neo4j", server.Uri(), "--user", "analyst"], Env);
        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("refused the credentials", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, result.Out + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_uri_is_a_usage_error_naming_the_variable()
    {
        var result = await CliRunner.RunAsync(["cypher", "RETURN 1"], Env);
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("ACTORGRAPH_NEO4J_URI", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Credentials_in_the_uri_are_refused_and_not_echoed()
    {
        var result = await CliRunner.RunAsync(["cypher", "RETURN 1", "--neo4j", "bolt://neo4j:topsecret@localhost:7687"], Env);
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.DoesNotContain("topsecret", result.Error, StringComparison.Ordinal);
    }
}
