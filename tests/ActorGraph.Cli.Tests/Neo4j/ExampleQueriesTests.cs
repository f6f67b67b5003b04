using System.Text.RegularExpressions;
using ActorGraph.Cli.Commands.Neo4j;
using ActorGraph.Cli.Infrastructure;
using ActorGraph.Cli.Tests.Support;
using ActorGraph.Core.Model;
using ActorGraph.Storage.Neo4j;
using ActorGraph.Core.Storage;
using ActorGraph.Core.Text;

namespace ActorGraph.Cli.Tests.Neo4j;

/// <summary>The example queries of docs/neo4j.md live in docs/neo4j-examples.cypher. A scripted server cannot check
/// Cypher, so these tests check what can be checked without Neo4j: every value is a declared $parameter, no user value
/// is spliced in, every label and type is in the schema, brackets and quotes balance, the doc shows each query
/// verbatim, and each one goes through the client unchanged, in read mode, with its parameters.</summary>
public sealed partial class ExampleQueriesTests
{
    private static readonly string ExamplesPath = Path.Combine(RepositoryPaths.Root, "docs", "neo4j-examples.cypher");

    private static readonly HashSet<string> SchemaNames =
    [
        Neo4jSchema.Actor, Neo4jSchema.Process, Neo4jSchema.Source, Neo4jSchema.LoadRun, Neo4jSchema.PartyIn, Neo4jSchema.MediatesIn,
        .. Neo4jSchema.RelationTypes,
    ];

    /// <summary>String literals a query may contain: schema values, never user data.</summary>
    private static readonly HashSet<string> AllowedLiterals =
    [
        "mediates both", "process mediator",
        .. Enum.GetValues<RelationSign>().Select(EnumText.Name<RelationSign>),
    ];

    private static IReadOnlyList<string> Statements()
    {
        var (statements, rest) = CypherScript.Split(File.ReadAllText(ExamplesPath));
        Assert.True(string.IsNullOrWhiteSpace(rest), "the examples file ends with an unterminated statement");
        return statements;
    }

    private static string Code(string statement) =>
        string.Join('\n', statement.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));

    private static Dictionary<string, string> DeclaredParameters(string statement)
    {
        var line = statement.Split('\n').Single(l => l.StartsWith("// params:", StringComparison.Ordinal));
        return line["// params:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
    }

    [Fact]
    public void There_are_a_dozen_examples_or_more_each_with_a_title()
    {
        var statements = Statements();
        Assert.InRange(statements.Count, 12, 40);
        Assert.All(statements, s => Assert.Matches(@"^// \d+\. ", s.Split('\n').First(l => l.StartsWith("// ", StringComparison.Ordinal) && char.IsDigit(l[3]))));
    }

    [Fact]
    public void Every_value_is_a_declared_parameter_and_nothing_is_concatenated()
    {
        foreach (var statement in Statements())
        {
            var code = Code(statement);
            var used = ParameterPattern().Matches(code).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            Assert.NotEmpty(used);
            Assert.Equal(DeclaredParameters(statement).Keys.Order(StringComparer.Ordinal), used.Order(StringComparer.Ordinal));
            Assert.DoesNotMatch(@"\+\s*\$|\$\w+\s*\+|\+\s*'|'\s*\+", code);
            foreach (Match literal in LiteralPattern().Matches(code))
                Assert.Contains(literal.Groups[1].Value, AllowedLiterals);
        }
    }

    [Fact]
    public void Every_label_and_relationship_type_is_in_the_schema_and_brackets_balance()
    {
        foreach (var statement in Statements())
        {
            var code = LiteralPattern().Replace(Code(statement), "''");
            foreach (Match name in SchemaNamePattern().Matches(code)) Assert.Contains(name.Groups[1].Value, SchemaNames);
            Assert.Equal(code.Count(c => c == '('), code.Count(c => c == ')'));
            Assert.Equal(code.Count(c => c == '['), code.Count(c => c == ']'));
            Assert.Equal(code.Count(c => c == '{'), code.Count(c => c == '}'));
        }
    }

    [Fact]
    public void The_doc_shows_every_example_verbatim()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "neo4j.md"));
        foreach (var statement in Statements()) Assert.Contains(Code(statement).Trim() + ";", doc, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_example_reaches_the_server_unchanged_in_read_mode_with_typed_parameters()
    {
        foreach (var statement in Statements())
        {
            var declared = DeclaredParameters(statement);
            var fake = new FakeNeo4j { Respond = _ => FakeReply.Empty };
            CliResult result;
            await using (var server = fake.Start())
            {
                result = await CliRunner.RunAsync(
                    ["cypher", statement, "--neo4j", server.Uri(), .. declared.SelectMany(p => new[] { "--param", $"{p.Key}={p.Value}" })],
                    new Dictionary<string, string> { ["ACTORGRAPH_NEO4J_PASSWORD"] = "example-pw" }).WaitAsync(TimeSpan.FromSeconds(30));
            }
            Assert.Equal(ExitCodes.Ok, result.ExitCode);
            var run = Assert.Single(fake.Runs);
            Assert.Equal(statement, run.Query);
            Assert.Equal("r", run.Extra["mode"]);
            foreach (var (name, text) in declared) Assert.Equal(CypherParameters.Typed(text), run.Parameters[name]);
        }
    }

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ParameterPattern();

    [GeneratedRegex(@"'([^']*)'")]
    private static partial Regex LiteralPattern();

    [GeneratedRegex(@"[:|]\s*([A-Z][A-Za-z_]*)")]
    private static partial Regex SchemaNamePattern();
}
