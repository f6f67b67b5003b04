using ActorGraph.Core.Model;
using ActorGraph.Import.Mediation;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.Mediation;

/// <summary>The rules that keep triangle inference honest: sustained opposition, no belligerent brokers,
/// direct talks weaken it, status from what happened next, and a stated reason.</summary>
public class TriangleRulesTests
{
    private static string R(long id, string date, string a, string aName, string b, string bName, string code, int quad, double goldstein, string? url = null) =>
        Fixtures.Row(id, date, a, aName, b, bName, code, quad, goldstein, 1, url ?? $"https://news.example/{id}").ToString();

    /// <summary>Kenya mediates (045) between Sudan and South Sudan, who fight twice.</summary>
    private static List<string> Base() =>
    [
        R(1, "20240301", "SDN", "SUDAN", "SSD", "SOUTH SUDAN", "190", 4, -10),
        R(2, "20240302", "SSD", "SOUTH SUDAN", "SDN", "SUDAN", "190", 4, -10),
        R(3, "20240304", "KEN", "KENYA", "SDN", "SUDAN", "045", 1, 5),
        R(4, "20240305", "KEN", "KENYA", "SSD", "SOUTH SUDAN", "045", 1, 5),
    ];

    [Fact]
    public void The_base_case_is_a_triangle()
    {
        var process = Assert.Single(Run.Gdelt(Base()).Graph.Processes);
        Assert.Equal(new[] { "ken" }, process.Mediators);
        Assert.Equal(ProcessStatus.Ongoing, process.Status);
    }

    [Fact]
    public void One_criticism_is_not_sustained_opposition()
    {
        var rows = Base();
        rows[0] = R(1, "20240301", "SDN", "SUDAN", "SSD", "SOUTH SUDAN", "111", 3, -2);
        rows.RemoveAt(1);

        Assert.Empty(Run.Gdelt(rows).Graph.Processes);
    }

    [Fact]
    public void Negotiation_with_both_sides_is_no_mediation_when_the_parties_talk_directly()
    {
        var rows = Base();
        rows[2] = R(3, "20240304", "KEN", "KENYA", "SDN", "SUDAN", "046", 1, 7);
        rows[3] = R(4, "20240305", "KEN", "KENYA", "SSD", "SOUTH SUDAN", "046", 1, 7);
        Assert.Single(Run.Gdelt(rows).Graph.Processes);

        rows.Add(R(5, "20240306", "SDN", "SUDAN", "SSD", "SOUTH SUDAN", "046", 1, 7));

        Assert.Empty(Run.Gdelt(rows).Graph.Processes);
    }

    [Fact]
    public void Direct_talks_lower_the_confidence_of_explicit_mediation_and_say_so()
    {
        var alone = Assert.Single(Run.Gdelt(Base()).Graph.Processes);
        var rows = Base();
        rows.Add(R(5, "20240306", "SDN", "SUDAN", "SSD", "SOUTH SUDAN", "046", 1, 7));

        var withTalks = Assert.Single(Run.Gdelt(rows).Graph.Processes);

        Assert.True(withTalks.Confidence < alone.Confidence, $"{withTalks.Confidence} < {alone.Confidence}");
        Assert.Contains("talked directly", withTalks.Evidence[0].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void An_actor_that_attacks_a_party_is_never_its_broker()
    {
        var rows = Base();
        rows.Add(R(6, "20240303", "KEN", "KENYA", "SSD", "SOUTH SUDAN", "190", 4, -10));

        Assert.DoesNotContain(Run.Gdelt(rows).Graph.Processes, p => p.Mediators.Contains("ken"));
    }

    [Fact]
    public void A_ceasefire_followed_by_fighting_is_collapsed_with_both_as_outcomes()
    {
        var rows = Base();
        rows.Add(R(7, "20240308", "SDN", "SUDAN", "SSD", "SOUTH SUDAN", "0871", 2, 9));
        Assert.Equal(ProcessStatus.Agreed, Assert.Single(Run.Gdelt(rows).Graph.Processes).Status);

        rows.Add(R(8, "20240315", "SSD", "SOUTH SUDAN", "SDN", "SUDAN", "196", 4, -9));
        var process = Assert.Single(Run.Gdelt(rows).Graph.Processes);

        Assert.Equal(ProcessStatus.Collapsed, process.Status);
        Assert.Equal([new DateOnly(2024, 3, 8), new DateOnly(2024, 3, 15)], process.Outcomes.Select(o => o.Date!.Value));
        Assert.Equal(new DateOnly(2024, 3, 15), process.When.End);
        Assert.Contains("collapsed", process.Evidence[0].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_evidence_says_it_is_inferred_and_why_and_the_rest_cites_both_sides()
    {
        var graph = Run.Gdelt(Base()).Graph;
        var process = Assert.Single(graph.Processes);

        Assert.True(process.Inferred);
        var why = process.Evidence[0];
        Assert.Equal(InferenceSource.Id, why.SourceId);
        Assert.Contains(graph.Sources, s => s.Id == InferenceSource.Id);
        Assert.Contains("Kenya had 1 mediation or negotiation event(s) with Sudan and 1 with South Sudan", why.Note, StringComparison.Ordinal);
        Assert.Contains("2 hostile event(s) (2024-03-01 to 2024-03-02)", why.Note, StringComparison.Ordinal);
        var urls = process.Evidence.Skip(1).Select(e => graph.SourcesById[e.SourceId].Url).ToList();
        // Kenya's events with each side and the parties' fighting (1, 2).
        Assert.Equal(["https://news.example/1", "https://news.example/2", "https://news.example/3", "https://news.example/4"], urls.Order());
    }

    [Fact]
    public void Evidence_is_spread_across_mediators()
    {
        var rows = Base();
        for (var i = 0; i < 8; i++)
        {
            rows.Add(R(100 + i, "20240306", "KEN", "KENYA", "SDN", "SUDAN", "045", 1, 5));
            rows.Add(R(200 + i, "20240306", "KEN", "KENYA", "SSD", "SOUTH SUDAN", "045", 1, 5));
        }
        rows.Add(R(300, "20240307", "ETH", "ETHIOPIA", "SDN", "SUDAN", "045", 1, 5));
        rows.Add(R(301, "20240307", "ETH", "ETHIOPIA", "SSD", "SOUTH SUDAN", "045", 1, 5));

        var graph = Run.Gdelt(rows).Graph;
        var process = Assert.Single(graph.Processes);

        Assert.Equal(new[] { "eth", "ken" }, process.Mediators);
        var urls = process.Evidence.Select(e => graph.SourcesById[e.SourceId].Url).ToList();
        Assert.Contains("https://news.example/300", urls);
        Assert.Contains("https://news.example/301", urls);
        Assert.Equal(urls.Count, urls.Distinct().Count());
    }
}
