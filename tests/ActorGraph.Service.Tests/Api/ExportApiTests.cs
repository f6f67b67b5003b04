using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using ActorGraph.Service.Tests.Support;

namespace ActorGraph.Service.Tests.Api;

[Collection(ServiceCollection.Name)]
public sealed class ExportApiTests(ServiceFixture fixture)
{
    private readonly HttpClient _client = fixture.Client;

    private async Task<(string Body, HttpResponseMessage Response)> GetAsync(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode} {body}");
        return (body, response);
    }

    [Fact]
    public async Task Dot_export_is_a_download_with_every_actor()
    {
        var (dot, response) = await GetAsync("/api/export/dot");
        using (response)
        {
            Assert.Equal("text/vnd.graphviz", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("actorgraph.dot", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        }
        Assert.Contains("\ndigraph ", dot, StringComparison.Ordinal);
        foreach (var id in new[] { "hamas", "israel", "egypt", "qatar", "turkey", "lonely-island" }) Assert.Contains($"\"a:{id}\"", dot, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_focused_dot_export_keeps_the_pair_and_their_mediators_only()
    {
        var (dot, response) = await GetAsync("/api/export/dot?a=Hamas&b=Israel");
        response.Dispose();
        foreach (var id in new[] { "hamas", "israel", "egypt", "qatar", "turkey" }) Assert.Contains($"\"a:{id}\"", dot, StringComparison.Ordinal);
        Assert.DoesNotContain("\"a:lonely-island\"", dot, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphMl_export_is_well_formed_with_one_node_per_actor_and_process()
    {
        var (xml, response) = await GetAsync("/api/export/graphml");
        response.Dispose();
        var doc = XDocument.Parse(xml);
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.Equal(ns + "graphml", doc.Root!.Name);
        Assert.Equal(9 + 2, doc.Descendants(ns + "node").Count());
    }

    [Fact]
    public async Task Json_export_as_of_a_date_has_only_the_ties_valid_then()
    {
        var (json, response) = await GetAsync("/api/export/json?asOf=2024-02-01");
        response.Dispose();
        var doc = JsonDocument.Parse(json).RootElement;
        Assert.Equal("actorgraph-export", doc.GetProperty("format").GetString());
        Assert.Equal(["r3", "r4", "r7", "r9"], doc.GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("id").GetString()).Where(id => id!.StartsWith('r')).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task Svg_export_is_rendered_by_graphviz()
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        var installed = File.Exists("/usr/bin/dot");
        Assert.True(installed || !ci, "graphviz is missing; .ci/install.d/graphviz.sh installs it");
        Skip.IfNot(installed, "graphviz is not installed");
        var (svg, response) = await GetAsync("/api/export/svg?a=hamas&b=israel");
        using (response) Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("Qatar", svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/export/pdf", HttpStatusCode.NotFound, null)]
    [InlineData("/api/export/dot?a=hamas", HttpStatusCode.BadRequest, "b")]
    [InlineData("/api/export/dot?a=hamas&b=hamas", HttpStatusCode.BadRequest, "b")]
    [InlineData("/api/export/dot?a=hamas&b=Atlantis", HttpStatusCode.NotFound, "b")]
    [InlineData("/api/export/json?asOf=2024-1-1", HttpStatusCode.BadRequest, "asOf")]
    public async Task Bad_export_requests_are_problems(string url, HttpStatusCode status, string? parameter)
    {
        var problem = await _client.GetProblemAsync(url, status);
        if (parameter is not null) Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
    }
}
