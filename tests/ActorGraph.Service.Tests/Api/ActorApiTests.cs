using System.Net;
using ActorGraph.Service.Tests.Support;

namespace ActorGraph.Service.Tests.Api;

[Collection(ServiceCollection.Name)]
public sealed class ActorApiTests(ServiceFixture fixture)
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Actors_lists_every_actor_of_the_seed_by_name_like_the_cli()
    {
        var actors = await _client.GetJsonAsync("/api/actors");
        Assert.Equal(["egypt", "france", "hamas", "hezbollah", "israel", "lonely-island", "qatar", "turkey", "united-states"], actors.Strings("id"));
        Assert.Equal("armed-group", actors[2].GetProperty("kind").GetString());
        Assert.Equal(["Islamic Resistance Movement"], actors[2].GetProperty("aliases").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("armed-group", new[] { "hamas", "hezbollah" })]
    [InlineData("ARMED_GROUP", new[] { "hamas", "hezbollah" })]
    [InlineData("territory", new[] { "lonely-island" })]
    [InlineData("person", new string[0])]
    public async Task Actors_filters_by_kind(string kind, string[] expected)
    {
        var actors = await _client.GetJsonAsync($"/api/actors?kind={kind}");
        Assert.Equal(expected, actors.Strings("id"));
    }

    [Fact]
    public async Task Actors_with_an_unknown_kind_is_a_400_naming_the_closest_kind()
    {
        var problem = await _client.GetProblemAsync("/api/actors?kind=stat", HttpStatusCode.BadRequest);
        Assert.Contains("did you mean state", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("kind", problem.GetProperty("parameter").GetString());
    }

    [Theory]
    [InlineData("turkey")]
    [InlineData("Türkiye")]
    [InlineData("TURKIYE")]
    public async Task Profile_resolves_ids_names_and_aliases(string query)
    {
        var profile = await _client.GetJsonAsync($"/api/actors/{Uri.EscapeDataString(query)}");
        Assert.Equal("turkey", profile.GetProperty("actor").GetProperty("id").GetString());
        var relations = profile.GetProperty("relations");
        Assert.Equal(["r5", "r6"], relations.Strings("relationId").Order(StringComparer.Ordinal));
        var process = Assert.Single(profile.GetProperty("processes").EnumerateArray());
        Assert.Equal("mediator", process.GetProperty("role").GetString());
        var evidence = relations.EnumerateArray().First().GetProperty("evidence")[0];
        Assert.Equal("Test report on ceasefire talks", evidence.GetProperty("sourceTitle").GetString());
        Assert.Equal("para 3", evidence.GetProperty("locator").GetString());
    }

    [Fact]
    public async Task Profile_as_of_a_date_keeps_only_the_ties_valid_then()
    {
        var profile = await _client.GetJsonAsync("/api/actors/turkey?asOf=2024-07-01");
        Assert.Equal(["r5"], profile.GetProperty("relations").Strings("relationId"));
        Assert.Empty(profile.GetProperty("processes").EnumerateArray());
    }

    [Fact]
    public async Task Unknown_actor_is_a_404_with_the_closest_matches()
    {
        var problem = await _client.GetProblemAsync("/api/actors/Qatr", HttpStatusCode.NotFound);
        Assert.Equal("Unknown actor", problem.GetProperty("title").GetString());
        Assert.Contains("qatar", problem.GetProperty("suggestions").Strings("id"));
        Assert.Contains("did you mean Qatar (qatar)", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_actor_far_from_every_name_is_a_404_without_suggestions()
    {
        var problem = await _client.GetProblemAsync("/api/actors/zzzzzzzzzzzz", HttpStatusCode.NotFound);
        Assert.Empty(problem.GetProperty("suggestions").EnumerateArray());
    }

    [Theory]
    [InlineData("2024-13-01")]
    [InlineData("01/12/2024")]
    [InlineData("yesterday")]
    public async Task A_malformed_date_is_a_400_saying_the_format(string date)
    {
        var problem = await _client.GetProblemAsync($"/api/actors/hamas?asOf={Uri.EscapeDataString(date)}", HttpStatusCode.BadRequest);
        Assert.Contains("YYYY-MM-DD", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("asOf", problem.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Graph_as_of_a_date_drops_ties_and_processes_not_valid_then()
    {
        var all = await _client.GetJsonAsync("/api/graph");
        Assert.Equal(12, all.GetProperty("relations").GetArrayLength());
        Assert.Equal(2, all.GetProperty("processes").GetArrayLength());

        var early = await _client.GetJsonAsync("/api/graph?asOf=2024-02-01");
        Assert.Equal("2024-02-01", early.GetProperty("asOf").GetString());
        Assert.Equal(["r3", "r4", "r7", "r9"], early.GetProperty("relations").Strings("id"));
        Assert.Empty(early.GetProperty("processes").EnumerateArray());
        Assert.Equal(9, early.GetProperty("actors").GetArrayLength());
        Assert.Equal(4, early.GetProperty("totalRelations").GetInt32());
        Assert.False(early.GetProperty("truncated").GetBoolean());
        Assert.Equal("hostile", all.GetProperty("relations")[6].GetProperty("sign").GetString());
    }

    [Fact]
    public async Task Graph_over_the_limit_keeps_the_most_connected_actors_and_the_ties_among_them()
    {
        var view = await _client.GetJsonAsync("/api/graph?limit=3");
        Assert.True(view.GetProperty("truncated").GetBoolean());
        Assert.Equal(9, view.GetProperty("totalActors").GetInt32());
        Assert.Equal(12, view.GetProperty("totalRelations").GetInt32());
        // Israel has 8 ties, Hamas 5, then five actors have 2: the first of them in load order is Egypt.
        Assert.Equal(["hamas", "israel", "egypt"], view.GetProperty("actors").Strings("id"));
        Assert.Equal(["r1", "r2", "r7", "r12"], view.GetProperty("relations").Strings("id"));
        Assert.Equal(2, view.GetProperty("processes").GetArrayLength());
        Assert.Equal(["report"], view.GetProperty("sources").Strings("id"));
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=20001")]
    [InlineData("limit=all")]
    public async Task Graph_limit_is_bounded(string query)
    {
        var problem = await _client.GetProblemAsync($"/api/graph?{query}", HttpStatusCode.BadRequest);
        Assert.Equal("limit", problem.GetProperty("parameter").GetString());
    }
}
