using System.Net;
using ActorGraph.Service.Tests.Support;

namespace ActorGraph.Service.Tests.Api;

[Collection(ServiceCollection.Name)]
public sealed class PathApiTests(ServiceFixture fixture)
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Paths_between_the_warring_parties_go_through_the_mediators_with_evidence()
    {
        var result = await _client.GetJsonAsync("/api/paths?a=Hamas&b=Israel&k=5");
        Assert.Equal("hamas", result.GetProperty("from").GetString());
        Assert.Equal("israel", result.GetProperty("to").GetString());
        var paths = result.GetProperty("paths").EnumerateArray().ToList();
        Assert.NotEmpty(paths);
        Assert.True(paths.Count <= 5);
        var middles = paths.Where(p => p.GetProperty("actors").GetArrayLength() == 3)
            .Select(p => p.GetProperty("actors")[1].GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "egypt", "qatar" }, middles);
        foreach (var path in paths)
        {
            var hops = path.GetProperty("hops").EnumerateArray().ToList();
            Assert.Equal(path.GetProperty("actors").GetArrayLength() - 1, hops.Count);
            Assert.All(hops, h => Assert.NotEqual("hostile", h.GetProperty("tie").GetProperty("sign").GetString()));
        }
        var costs = paths.Select(p => p.GetProperty("cost").GetDouble()).ToList();
        Assert.Equal(costs.Order(), costs);
        var evidence = paths[0].GetProperty("hops")[0].GetProperty("tie").GetProperty("evidence")[0];
        Assert.Equal("report", evidence.GetProperty("sourceId").GetString());
    }

    [Fact]
    public async Task Paths_with_hostile_ties_allowed_include_the_direct_war_tie()
    {
        var result = await _client.GetJsonAsync("/api/paths?a=hamas&b=israel&k=1&includeHostile=true");
        var path = Assert.Single(result.GetProperty("paths").EnumerateArray());
        Assert.Equal(["hamas", "israel"], path.GetProperty("actors").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task No_path_is_an_explained_200_not_an_error()
    {
        var result = await _client.GetJsonAsync("/api/paths?a=hamas&b=lonely-island");
        Assert.Empty(result.GetProperty("paths").EnumerateArray());
        Assert.Equal("target-isolated", result.GetProperty("reason").GetString());
        Assert.False(string.IsNullOrWhiteSpace(result.GetProperty("explanation").GetString()));
    }

    [Theory]
    [InlineData("k=0", "k")]
    [InlineData("k=51", "k")]
    [InlineData("k=two", "k")]
    [InlineData("maxHops=11", "maxHops")]
    [InlineData("maxHops=0", "maxHops")]
    [InlineData("includeHostile=maybe", "includeHostile")]
    [InlineData("asOf=2024-02-30", "asOf")]
    public async Task Out_of_bounds_and_malformed_parameters_are_400s_naming_the_parameter(string query, string parameter)
    {
        var problem = await _client.GetProblemAsync($"/api/paths?a=hamas&b=israel&{query}", HttpStatusCode.BadRequest);
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
    }

    [Theory]
    [InlineData("/api/paths?b=israel", "a")]
    [InlineData("/api/paths?a=hamas", "b")]
    public async Task A_missing_actor_is_a_400(string url, string parameter)
    {
        var problem = await _client.GetProblemAsync(url, HttpStatusCode.BadRequest);
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task An_unknown_actor_in_paths_is_a_404_with_suggestions()
    {
        var problem = await _client.GetProblemAsync("/api/paths?a=Hammas&b=israel", HttpStatusCode.NotFound);
        Assert.Contains("hamas", problem.GetProperty("suggestions").Strings("id"));
        Assert.Equal("a", problem.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task The_same_query_twice_gives_the_same_answer_from_the_cache()
    {
        var first = await _client.GetStringAsync(new Uri("/api/paths?a=hamas&b=israel&k=4", UriKind.Relative));
        var second = await _client.GetStringAsync(new Uri("/api/paths?a=Hamas&b=State%20of%20Israel&k=4", UriKind.Relative));
        Assert.Equal(first, second);
    }
}
