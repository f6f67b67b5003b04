using ActorGraph.Bolt;
using ActorGraph.Cli.Commands.Neo4j;
using ActorGraph.Cli.Infrastructure;

namespace ActorGraph.Cli.Tests.Neo4j;

public sealed class CypherPromptTests
{
    [Fact]
    public async Task The_prompt_runs_multi_line_statements_at_semicolons_survives_errors_keeps_history_and_stops_at_exit()
    {
        var fake = new FakeNeo4j
        {
            Respond = run => run.Query.StartsWith("BROKEN", StringComparison.Ordinal)
                ? FakeReply.Failure("Neo.ClientError.Statement.SyntaxError")
                : FakeReply.Rows(["x"], [1L]),
        };
        var history = Path.Combine(Path.GetTempPath(), $"ag-history-{Guid.NewGuid():N}");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, _ => null);
        try
        {
            await using (var server = fake.Start())
            {
                await using var driver = ScriptedDrivers.Connect(server.Uri());
                var runner = new CypherCommand.Runner(driver, null, AccessMode.Read, new Dictionary<string, object?> { ["p"] = 2L }, json: false, context);
                var input = new StringReader("MATCH (n)\nRETURN $p AS x;\nBROKEN;\nRETURN 1 AS x; RETURN 2\n AS x;\n:exit\nRETURN 99;\n");
                Assert.Equal(ExitCodes.Ok, await runner.InteractiveAsync(input, history, CancellationToken.None).Within());
            }
            Assert.Equal(["MATCH (n)\nRETURN $p AS x", "BROKEN", "RETURN 1 AS x", "RETURN 2\n AS x"], fake.Runs.Select(r => r.Query));
            Assert.All(fake.Runs, r => Assert.Equal("r", r.Extra["mode"]));
            Assert.Contains("Neo.ClientError.Statement.SyntaxError", error.ToString(), StringComparison.Ordinal);
            Assert.Contains("   ...> ", error.ToString(), StringComparison.Ordinal);
            Assert.Equal(["MATCH (n) RETURN $p AS x;", "BROKEN;", "RETURN 1 AS x;", "RETURN 2  AS x;"], await File.ReadAllLinesAsync(history));
        }
        finally
        {
            File.Delete(history);
        }
    }
}
