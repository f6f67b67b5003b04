using System.Net;
using ActorGraph.Service.Tests.Support;

namespace ActorGraph.Service.Tests.Api;

[Collection(ServiceCollection.Name)]
public sealed class ClusterApiTests(ServiceFixture fixture)
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Every_actor_is_in_exactly_one_cluster()
    {
        var report = await _client.GetJsonAsync("/api/clusters");
        var members = report.GetProperty("clusters").EnumerateArray()
            .SelectMany(c => c.GetProperty("members").EnumerateArray().Select(m => m.GetString()!)).ToList();
        Assert.Equal(9, members.Count);
        Assert.Equal(9, members.Distinct().Count());
        Assert.Equal(9, report.GetProperty("actors").GetInt32());
    }

    [Fact]
    public async Task The_warring_parties_are_not_put_in_one_camp()
    {
        var report = await _client.GetJsonAsync("/api/clusters");
        var clusterOf = report.GetProperty("clusters").EnumerateArray()
            .SelectMany(c => c.GetProperty("members").EnumerateArray().Select(m => (Actor: m.GetString()!, Cluster: c.GetProperty("number").GetInt32())))
            .ToDictionary(x => x.Actor, x => x.Cluster);
        Assert.NotEqual(clusterOf["hamas"], clusterOf["israel"]);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_clusters()
    {
        var first = await _client.GetStringAsync(new Uri("/api/clusters?seed=7&resolution=1.5", UriKind.Relative));
        var second = await _client.GetStringAsync(new Uri("/api/clusters?seed=7&resolution=1.5", UriKind.Relative));
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("seed=-1", "seed")]
    [InlineData("seed=abc", "seed")]
    [InlineData("resolution=0", "resolution")]
    [InlineData("resolution=1e9", "resolution")]
    [InlineData("resolution=NaN", "resolution")]
    [InlineData("hostileWeight=-2", "hostileWeight")]
    [InlineData("asOf=2024-00-10", "asOf")]
    public async Task Bad_parameters_are_400s(string query, string parameter)
    {
        var problem = await _client.GetProblemAsync($"/api/clusters?{query}", HttpStatusCode.BadRequest);
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
    }
}
