using System.Net;
using ActorGraph.Service.Tests.Support;

namespace ActorGraph.Service.Tests.Api;

[Collection(ServiceCollection.Name)]
public sealed class BrokerageApiTests(ServiceFixture fixture)
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Brokers_are_listed_most_chains_first_with_role_counts()
    {
        var report = await _client.GetJsonAsync("/api/brokerage");
        var brokers = report.GetProperty("brokers").EnumerateArray().ToList();
        Assert.NotEmpty(brokers);
        var chains = brokers.Select(b => b.GetProperty("chains").GetInt64()).ToList();
        Assert.Equal(chains.OrderDescending(), chains);
        foreach (var broker in brokers)
        {
            var roleCounts = broker.GetProperty("roles").EnumerateArray().Sum(r => r.GetProperty("count").GetInt64());
            Assert.Equal(broker.GetProperty("chains").GetInt64(), roleCounts);
        }
        Assert.False(string.IsNullOrWhiteSpace(report.GetProperty("nullModel").GetString()));
    }

    [Fact]
    public async Task One_actor_can_be_asked_for_by_name()
    {
        var report = await _client.GetJsonAsync("/api/brokerage?actor=T%C3%BCrkiye");
        var broker = Assert.Single(report.GetProperty("brokers").EnumerateArray());
        Assert.Equal("turkey", broker.GetProperty("actorId").GetString());
    }

    [Theory]
    [InlineData("/api/brokerage?actor=Atlantis", HttpStatusCode.NotFound, "actor")]
    [InlineData("/api/brokerage?seed=x", HttpStatusCode.BadRequest, "seed")]
    [InlineData("/api/brokerage?resolution=-1", HttpStatusCode.BadRequest, "resolution")]
    [InlineData("/api/brokerage?asOf=12/01/2024", HttpStatusCode.BadRequest, "asOf")]
    public async Task Bad_parameters_are_problems(string url, HttpStatusCode status, string parameter)
    {
        var problem = await _client.GetProblemAsync(url, status);
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
    }
}
