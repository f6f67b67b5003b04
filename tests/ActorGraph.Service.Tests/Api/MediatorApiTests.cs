using System.Net;
using ActorGraph.Service.Tests.Support;

namespace ActorGraph.Service.Tests.Api;

[Collection(ServiceCollection.Name)]
public sealed class MediatorApiTests(ServiceFixture fixture)
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task The_reported_mediators_of_the_shared_process_are_listed_with_the_process_and_its_evidence()
    {
        var result = await _client.GetJsonAsync("/api/mediators?a=Hamas&b=Israel");
        Assert.Equal(["hamas", "israel"], result.GetProperty("sides").EnumerateArray().Select(e => e.GetString()));
        var explicitIds = result.GetProperty("explicit").Strings("actorId").Order(StringComparer.Ordinal);
        Assert.Equal(["egypt", "qatar", "turkey"], explicitIds);
        var egypt = result.GetProperty("explicit").EnumerateArray().Single(e => e.GetProperty("actorId").GetString() == "egypt");
        var process = Assert.Single(egypt.GetProperty("processes").EnumerateArray());
        Assert.Equal("gaza-talks", process.GetProperty("id").GetString());
        Assert.Equal("para 2", process.GetProperty("evidence")[0].GetProperty("locator").GetString());
        Assert.True(result.GetProperty("opposed").GetBoolean());
    }

    [Fact]
    public async Task Asking_in_either_order_gives_the_same_answer()
    {
        var ab = await _client.GetStringAsync(new Uri("/api/mediators?a=hamas&b=israel", UriKind.Relative));
        var ba = await _client.GetStringAsync(new Uri("/api/mediators?a=israel&b=hamas", UriKind.Relative));
        Assert.Equal(ab, ba);
    }

    [Fact]
    public async Task As_of_a_date_before_the_talks_there_is_no_reported_mediator()
    {
        var result = await _client.GetJsonAsync("/api/mediators?a=hamas&b=israel&asOf=2024-02-01");
        Assert.Empty(result.GetProperty("explicit").EnumerateArray());
        Assert.Equal("2024-02-01", result.GetProperty("asOf").GetString());
    }

    [Fact]
    public async Task The_lebanon_ceasefire_has_its_own_mediators()
    {
        var result = await _client.GetJsonAsync("/api/mediators?a=israel&b=hezbollah");
        Assert.Equal(["france", "united-states"], result.GetProperty("explicit").Strings("actorId").Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/api/mediators?a=hamas&b=hamas", HttpStatusCode.BadRequest, "b")]
    [InlineData("/api/mediators?a=hamas&b=Islamic%20Resistance%20Movement", HttpStatusCode.BadRequest, "b")]
    [InlineData("/api/mediators?b=israel", HttpStatusCode.BadRequest, "a")]
    [InlineData("/api/mediators?a=hamas&b=israel&asOf=2024/12/01", HttpStatusCode.BadRequest, "asOf")]
    [InlineData("/api/mediators?a=hamas&b=Israil", HttpStatusCode.NotFound, "b")]
    public async Task Bad_input_is_a_problem_naming_the_parameter(string url, HttpStatusCode status, string parameter)
    {
        var problem = await _client.GetProblemAsync(url, status);
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
    }
}
