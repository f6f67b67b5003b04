using System.Text.Json;
using ActorGraph.Cli.Tests.Support;
using Snapshooter.Xunit;

namespace ActorGraph.Cli.Tests.Analysis;

/// <summary><c>clusters</c> and <c>brokerage</c> on a small fixed seed with two camps, a go-between and a
/// loner, plus a few checks on graph-seed/.</summary>
public sealed class ClustersCommandTests : IDisposable
{
    private readonly TempSeed _seed = new();

    public ClustersCommandTests()
    {
        _seed.Write("sources.yaml", """
            sources:
              - id: wire
                title: Wire report
                date: 2024-06-01
            """);
        _seed.Write("actors.yaml", """
            actors:
              - { id: west-a, name: West A, kind: state }
              - { id: west-b, name: West B, kind: state }
              - { id: west-c, name: West C, kind: state }
              - { id: east-a, name: East A, kind: state }
              - { id: east-b, name: East B, kind: state }
              - { id: east-c, name: East C, kind: state }
              - { id: go-between, name: Go-Between, kind: organisation }
              - { id: loner, name: Loner, kind: state }
            """);
        var relations = new List<string>();
        void Tie(string s, string t, string kind, string extra = "") =>
            relations.Add($"  - {{ source: {s}, target: {t}, kind: {kind}, strength: 1{extra}, evidence: [{{ source: wire, locator: para 1 }}] }}");
        foreach (var camp in new[] { "west", "east" })
        {
            Tie($"{camp}-a", $"{camp}-b", "allied");
            Tie($"{camp}-b", $"{camp}-c", "allied");
            Tie($"{camp}-a", $"{camp}-c", "cooperates");
        }
        Tie("west-b", "east-b", "armed-conflict");
        Tie("west-a", "go-between", "supports");
        Tie("go-between", "east-a", "supports");
        Tie("go-between", "west-c", "cooperates", ", start: 2024-01-01, end: 2024-01-31");
        _seed.Write("relations.yaml", "relations:\n" + string.Join('\n', relations) + "\n");
    }

    public void Dispose() => _seed.Dispose();

    private Task<CliResult> Run(params string[] args) => CliRunner.RunAsync([.. args, "--seed", _seed.Path]);

    private static JsonElement Json(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonDocument.Parse(result.Out).RootElement.Clone();
    }

    [Fact]
    public async Task Clusters_table()
    {
        var result = await Run("clusters", "--as-of", "2024-06-01");
        Assert.True(result.ExitCode == 0, result.Error);
        result.Out.MatchSnapshot();
    }

    [Fact]
    public async Task Clusters_json_puts_every_actor_in_exactly_one_cluster_and_splits_the_camps()
    {
        var json = Json(await Run("clusters", "--format", "json"));
        var clusters = json.GetProperty("clusters").EnumerateArray().ToList();
        var members = clusters.SelectMany(c => c.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("id").GetString()!)).ToList();
        Assert.Equal(8, members.Count);
        Assert.Equal(8, members.Distinct().Count());
        Assert.Equal(8, json.GetProperty("actors").GetInt32());
        string ClusterOf(string id) => clusters.Single(c => c.GetProperty("members").EnumerateArray().Any(m => m.GetProperty("id").GetString() == id)).GetProperty("number").ToString();
        Assert.Equal(ClusterOf("west-a"), ClusterOf("west-c"));
        Assert.Equal(ClusterOf("east-a"), ClusterOf("east-b"));
        Assert.NotEqual(ClusterOf("west-b"), ClusterOf("east-b"));
        Assert.Equal(1, clusters.Count(c => c.GetProperty("members").EnumerateArray().Any(m => m.GetProperty("id").GetString() == "loner") && c.GetProperty("size").GetInt32() == 1));
        Assert.Equal(0, json.GetProperty("frustration").GetProperty("hostileInside").GetInt32());
        Assert.True(json.GetProperty("modularity").GetDouble() > 0.2);
    }

    [Fact]
    public async Task As_of_drops_ties_that_had_ended()
    {
        var all = Json(await Run("clusters", "--format", "json"));
        var later = Json(await Run("clusters", "--format", "json", "--as-of", "2024-06-01"));
        Assert.Equal(9, all.GetProperty("cooperativeTies").GetInt32());
        Assert.Equal(8, later.GetProperty("cooperativeTies").GetInt32());
        Assert.Equal("2024-06-01", later.GetProperty("asOf").GetString());
    }

    [Fact]
    public async Task The_same_random_seed_gives_the_same_answer_on_graph_seed()
    {
        var first = await CliRunner.RunOnSeedAsync("clusters", "--random-seed", "7", "--format", "json");
        var second = await CliRunner.RunOnSeedAsync("clusters", "--random-seed", "7", "--format", "json");
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Out, second.Out);
        Assert.Contains("\"randomSeed\": 7", first.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--resolution", "0", "--resolution must be a positive number")]
    [InlineData("--hostile-weight", "-1", "--hostile-weight must be zero or positive")]
    public async Task Bad_parameters_are_usage_errors(string option, string value, string message)
    {
        var result = await Run("clusters", option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task Brokerage_table()
    {
        var result = await Run("brokerage", "--as-of", "2024-06-01");
        Assert.True(result.ExitCode == 0, result.Error);
        result.Out.MatchSnapshot();
    }

    [Fact]
    public async Task Brokerage_counts_the_go_between_as_a_representative_of_the_camp_it_joined()
    {
        var json = Json(await Run("brokerage", "--actor", "Go-Between", "--as-of", "2024-06-01", "--format", "json"));
        var broker = json.GetProperty("brokers").EnumerateArray().Single();
        Assert.Equal("go-between", broker.GetProperty("actorId").GetString());
        var roles = broker.GetProperty("roles").EnumerateArray().ToDictionary(r => r.GetProperty("role").GetString()!, r => r);
        Assert.Equal(["coordinator", "itinerant", "gatekeeper", "representative", "liaison"], roles.Keys);
        // supports runs west-a → go-between → east-a only: one chain. The go-between clusters with the
        // West camp (its tie there weighs as much as the one to the East, and the camp is bigger), so
        // it carries its camp's contact outward: a representative.
        var clusters = Json(await Run("clusters", "--as-of", "2024-06-01", "--format", "json")).GetProperty("clusters").EnumerateArray();
        var west = clusters.Single(c => c.GetProperty("members").EnumerateArray().Any(m => m.GetProperty("id").GetString() == "west-a"));
        Assert.Contains(west.GetProperty("members").EnumerateArray(), m => m.GetProperty("id").GetString() == "go-between");
        Assert.Equal(1, broker.GetProperty("chains").GetInt64());
        Assert.Equal(1, roles["representative"].GetProperty("count").GetInt64());
        Assert.Equal(broker.GetProperty("chains").GetInt64(), roles.Values.Sum(r => r.GetProperty("count").GetInt64()));
        Assert.Equal(1.0, roles.Values.Sum(r => r.GetProperty("expected").GetDouble()), 9);
    }

    [Fact]
    public async Task Brokerage_with_an_unknown_actor_fails_with_a_suggestion()
    {
        var result = await Run("brokerage", "--actor", "Go-Betwen");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Go-Betwen", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }
}
