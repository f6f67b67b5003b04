using System.Text.Json;
using ActorGraph.Cli.Tests.Support;

namespace ActorGraph.Cli.Tests.Analysis;

/// <summary>The time rule and history in the commands, on the conflict seeds of tests/seeds.</summary>
public sealed class TimeAndHistoryCommandTests
{
    private static string Seed(string name) => Path.Combine(RepositoryPaths.Root, "tests", "seeds", name);

    [Fact]
    public async Task Mediators_show_past_mediation_with_dates_and_status_and_current_hides_it()
    {
        var whole = await CliRunner.RunAsync(["mediators", "Sri Lanka", "LTTE", "--seed", Seed("sri-lanka-ltte")]);
        Assert.True(whole.ExitCode == 0, whole.Error);
        Assert.Contains("Past mediators", whole.Out, StringComparison.Ordinal);
        Assert.Contains("2000-02-01..2006-10-29", whole.Out, StringComparison.Ordinal);
        Assert.Contains("collapsed", whole.Out, StringComparison.Ordinal);

        var current = await CliRunner.RunAsync(["mediators", "Sri Lanka", "LTTE", "--current", "--format", "json", "--seed", Seed("sri-lanka-ltte")]);
        Assert.True(current.ExitCode == 0, current.Error);
        using var doc = JsonDocument.Parse(current.Out);
        Assert.Empty(doc.RootElement.GetProperty("explicit").EnumerateArray());
        Assert.Empty(doc.RootElement.GetProperty("past").EnumerateArray());
        Assert.StartsWith("current", doc.RootElement.GetProperty("scope").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mediators_roll_a_leader_up_and_say_so()
    {
        var result = await CliRunner.RunAsync(["mediators", "Pashinyan", "Aliyev", "--format", "json", "--seed", Seed("armenia-azerbaijan")]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var steps = doc.RootElement.GetProperty("rolledUp").EnumerateArray().Select(s => s.GetProperty("headId").GetString()).ToList();
        Assert.Equal(["armenia", "azerbaijan"], steps.Order());
        Assert.Equal("united-states", Assert.Single(doc.RootElement.GetProperty("explicit").EnumerateArray()).GetProperty("actorId").GetString());
    }

    [Fact]
    public async Task Clusters_say_why_each_actor_is_in_its_camp()
    {
        var result = await CliRunner.RunAsync(["clusters", "--seed", Seed("armenia-azerbaijan")]);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Why each actor is in its camp:", result.Out, StringComparison.Ordinal);
        Assert.Contains("Russia: aligned with Armenia (allied)", result.Out, StringComparison.Ordinal);
        Assert.Contains("European Union: aligned with Charles Michel (member-of)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brokerage_warns_that_z_scores_mean_little_on_a_small_graph()
    {
        var result = await CliRunner.RunOnSeedAsync("brokerage");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("z-scores mean little", result.Out, StringComparison.Ordinal);
    }
}
