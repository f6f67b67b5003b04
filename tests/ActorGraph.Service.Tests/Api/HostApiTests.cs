using System.Net;
using ActorGraph.Service.Tests.Support;

namespace ActorGraph.Service.Tests.Api;

[Collection(ServiceCollection.Name)]
public sealed class HostApiTests(ServiceFixture fixture)
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Health_live_and_ready_are_healthy_once_loaded()
    {
        var live = await _client.GetJsonAsync("/health/live");
        Assert.Equal("healthy", live.GetProperty("status").GetString());
        var ready = await _client.GetJsonAsync("/health/ready");
        Assert.Equal("healthy", ready.GetProperty("status").GetString());
        var check = Assert.Single(ready.GetProperty("checks").EnumerateArray());
        Assert.Equal("graph", check.GetProperty("name").GetString());
        Assert.StartsWith("serving graph version", check.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_reports_the_served_graph()
    {
        var status = await _client.GetJsonAsync("/api/status");
        Assert.True(status.GetProperty("ready").GetBoolean());
        Assert.Equal(9, status.GetProperty("actors").GetInt32());
        Assert.Equal(12, status.GetProperty("relations").GetInt32());
        Assert.Equal(2, status.GetProperty("processes").GetInt32());
        Assert.True(status.GetProperty("lastLoad").GetProperty("succeeded").GetBoolean());
        Assert.Equal(Path.GetFileName(TestSeed.SharedFolder), status.GetProperty("origin").GetString()); // never the absolute path
    }

    [Fact]
    public async Task OpenApi_document_lists_the_api()
    {
        var doc = await _client.GetJsonAsync("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        string[] expected = ["/api/status", "/api/reload", "/api/actors", "/api/actors/{actor}", "/api/graph", "/api/mediators",
            "/api/paths", "/api/centrality", "/api/clusters", "/api/brokerage", "/api/export/{format}",
            "/api/read", "/api/read/save", "/api/read/download"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), paths.Order(StringComparer.Ordinal));
        var mediatorParameters = doc.GetProperty("paths").GetProperty("/api/mediators").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["a", "b", "asOf", "current"], mediatorParameters);
    }

    [Fact]
    public async Task The_page_and_its_bundle_are_served_from_the_service_itself()
    {
        using var page = await _client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<script src=\"/assets/app.js\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        using var script = await _client.GetAsync(new Uri("/assets/app.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        var js = await script.Content.ReadAsStringAsync();
        Assert.True(js.Length > 100_000, "the bundle should contain cytoscape");
        Assert.Contains("fcose", js, StringComparison.Ordinal);

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri("/assets/app.js", UriKind.Relative));
        again.Headers.TryAddWithoutValidation("If-None-Match", script.Headers.ETag!.Tag);
        using var notModified = await _client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task Unknown_asset_is_404()
    {
        using var response = await _client.GetAsync(new Uri("/assets/nothing.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_over_long_query_string_is_refused_with_a_problem()
    {
        var problem = await _client.GetProblemAsync("/api/actors?kind=" + new string('x', 5000), HttpStatusCode.RequestUriTooLong);
        Assert.Contains("limit is 4096", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_over_long_actor_name_is_a_400()
    {
        var problem = await _client.GetProblemAsync("/api/actors/" + new string('a', 300), HttpStatusCode.BadRequest);
        Assert.Contains("longer than 200", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
