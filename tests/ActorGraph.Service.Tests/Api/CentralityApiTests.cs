using System.Net;
using ActorGraph.Service.Tests.Support;

namespace ActorGraph.Service.Tests.Api;

[Collection(ServiceCollection.Name)]
public sealed class CentralityApiTests(ServiceFixture fixture)
{
    private readonly HttpClient _client = fixture.Client;

    [Theory]
    [InlineData("betweenness")]
    [InlineData("pagerank")]
    [InlineData("degree")]
    [InlineData("PageRank")]
    public async Task Each_measure_ranks_actors_best_first(string measure)
    {
        var report = await _client.GetJsonAsync($"/api/centrality?measure={measure}&top=5");
        Assert.Equal(measure.ToLowerInvariant() == "pagerank" ? "page-rank" : measure, report.GetProperty("measure").GetString());
        var top = report.GetProperty("top").EnumerateArray().ToList();
        Assert.InRange(top.Count, 1, 5);
        Assert.Equal(Enumerable.Range(1, top.Count), top.Select(e => e.GetProperty("rank").GetInt32()));
        var scores = top.Select(e => e.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public async Task Degree_puts_the_actor_with_most_cooperative_partners_first()
    {
        var report = await _client.GetJsonAsync("/api/centrality?measure=degree&top=1");
        var first = Assert.Single(report.GetProperty("top").EnumerateArray());
        // Israel cooperates with Egypt, Qatar, Turkey, the United States and Hezbollah (ceasefire).
        Assert.Equal("israel", first.GetProperty("actorId").GetString());
        Assert.Equal(5, first.GetProperty("degree").GetInt32());
    }

    [Fact]
    public async Task Dyad_betweenness_ranks_the_intermediaries_of_the_pair()
    {
        var report = await _client.GetJsonAsync("/api/centrality?between=Hamas,Israel");
        Assert.Equal(["hamas", "israel"], report.GetProperty("between").EnumerateArray().Select(e => e.GetString()));
        var ids = report.GetProperty("top").Strings("actorId");
        Assert.NotEmpty(ids);
        Assert.Subset(new HashSet<string> { "egypt", "qatar", "turkey" }, ids.ToHashSet());
    }

    [Theory]
    [InlineData("measure=closeness", "measure")]
    [InlineData("top=0", "top")]
    [InlineData("top=501", "top")]
    [InlineData("between=hamas", "between")]
    [InlineData("between=hamas,israel,egypt", "between")]
    [InlineData("between=hamas,hamas", "between")]
    [InlineData("measure=degree&between=hamas,israel", "between")]
    [InlineData("asOf=soon", "asOf")]
    public async Task Bad_parameters_are_400s(string query, string parameter)
    {
        var problem = await _client.GetProblemAsync($"/api/centrality?{query}", HttpStatusCode.BadRequest);
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task An_unknown_actor_in_between_is_a_404()
    {
        var problem = await _client.GetProblemAsync("/api/centrality?between=hamas,Egipt", HttpStatusCode.NotFound);
        Assert.Contains("egypt", problem.GetProperty("suggestions").Strings("id"));
    }
}
