using System.Text.Json;
using ActorGraph.Cli.Tests.Support;

namespace ActorGraph.Cli.Tests.Analysis;

public class AnalysisCommandsTests
{
    [Fact]
    public async Task Mediators_table_names_the_reported_mediators_the_US_role_and_the_evidence()
    {
        var result = await CliRunner.RunOnSeedAsync("mediators", "Hamas", "Israel");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Reported mediators", result.Out, StringComparison.Ordinal);
        foreach (var name in new[] { "Egypt", "Qatar", "Turkey" }) Assert.Contains(name, result.Out, StringComparison.Ordinal);
        Assert.Contains("Involved in their own role", result.Out, StringComparison.Ordinal);
        Assert.Contains("United States", result.Out, StringComparison.Ordinal);
        Assert.Contains("para 2", result.Out, StringComparison.Ordinal);
        Assert.Contains("liaison", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mediators_json_is_the_same_whichever_side_comes_first()
    {
        var forward = await CliRunner.RunOnSeedAsync("mediators", "israel", "hezbollah", "--format", "json");
        var backward = await CliRunner.RunOnSeedAsync("mediators", "Hezbollah", "Israel", "--format", "json");
        Assert.Equal(0, forward.ExitCode);
        Assert.Equal(forward.Out, backward.Out);
        using var doc = JsonDocument.Parse(forward.Out);
        var ids = doc.RootElement.GetProperty("explicit").EnumerateArray().Select(e => e.GetProperty("actorId").GetString()!).Order().ToArray();
        Assert.Equal(["france", "united-states"], ids);
    }

    [Fact]
    public async Task Mediators_by_cluster_gives_Gould_Fernandez_roles()
    {
        var result = await CliRunner.RunOnSeedAsync("mediators", "israel", "hezbollah", "--by-cluster", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var roles = new[] { "coordinator", "itinerant", "gatekeeper", "representative", "liaison" };
        var entries = doc.RootElement.GetProperty("explicit").EnumerateArray().ToList();
        Assert.Equal(2, entries.Count);
        foreach (var entry in entries)
        {
            Assert.Contains(entry.GetProperty("role").GetString(), roles);
            Assert.Equal("liaison", entry.GetProperty("role").GetString()); // the US and France join neither side's camp
            Assert.Contains("camp", entry.GetProperty("roleBasis").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Mediators_with_an_unknown_actor_fails_with_suggestions()
    {
        var result = await CliRunner.RunOnSeedAsync("mediators", "Hamass", "Israel");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unknown actor 'Hamass'", result.Error, StringComparison.Ordinal);
        Assert.Contains("hamas", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task Paths_lists_hops_with_kind_and_evidence()
    {
        var result = await CliRunner.RunOnSeedAsync("paths", "Qatar", "France", "--k", "2");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("#1", result.Out, StringComparison.Ordinal);
        Assert.Contains("#2", result.Out, StringComparison.Ordinal);
        Assert.Contains("Qatar > Israel > France", result.Out, StringComparison.Ordinal);
        Assert.Contains("mediates", result.Out, StringComparison.Ordinal);
        // One source: the compact answer gives paragraphs, each tagged, and cites the source once; -v cites each in full.
        Assert.Contains("para 3 (", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"\n  \[S1\]  2024-12-01  Report on Hamas-Egypt ceasefire talks[^\n]*\n        no URL on record\n", result.Out);
        var full = await CliRunner.RunOnSeedAsync("paths", "Qatar", "France", "--k", "2", "-v");
        var flat = System.Text.RegularExpressions.Regex.Replace(full.Out, @"\s+", " ");
        Assert.Contains("(report-hamas-egypt-talks), 2024-12-01, no URL on record, para 3", flat, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paths_json_has_non_decreasing_costs()
    {
        var result = await CliRunner.RunOnSeedAsync("paths", "hamas", "hezbollah", "--k", "4", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var costs = doc.RootElement.GetProperty("paths").EnumerateArray().Select(p => p.GetProperty("cost").GetDouble()).ToArray();
        Assert.Equal(4, costs.Length);
        Assert.Equal(costs.Order().ToArray(), costs);
    }

    [Fact]
    public async Task Paths_explains_when_there_is_no_cooperative_chain()
    {
        var result = await CliRunner.RunOnSeedAsync("paths", "Hamas delegation", "United States", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Empty(doc.RootElement.GetProperty("paths").EnumerateArray());
        Assert.Equal("only-non-cooperative-connections", doc.RootElement.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Paths_rejects_a_bad_k()
    {
        var result = await CliRunner.RunOnSeedAsync("paths", "hamas", "israel", "--k", "0");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--k must be between 1", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Centrality_between_ranks_the_go_betweens_of_a_pair()
    {
        var result = await CliRunner.RunOnSeedAsync("centrality", "--between", "Qatar", "France", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var top = doc.RootElement.GetProperty("top").EnumerateArray().First();
        Assert.Equal("israel", top.GetProperty("actorId").GetString());
        Assert.Equal(1.0, top.GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task Centrality_pagerank_table_lists_ranked_actors()
    {
        var result = await CliRunner.RunOnSeedAsync("centrality", "--measure", "pagerank", "--top", "3");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("RANK", result.Out, StringComparison.Ordinal);
        var rows = result.Out.Split('\n').Where(l => l.Length > 0 && char.IsAsciiDigit(l[0])).ToList();
        Assert.Equal(["1", "2", "3"], rows.Select(r => r.Split(' ')[0]));
    }

    [Fact]
    public async Task Centrality_rejects_between_with_another_measure()
    {
        var result = await CliRunner.RunOnSeedAsync("centrality", "--measure", "degree", "--between", "hamas", "israel");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--between works with --measure betweenness only", result.Error, StringComparison.Ordinal);
    }
}
