using System.Net;
using ActorGraph.Service.Tests.Support;

namespace ActorGraph.Service.Tests.Security;

/// <summary>TRACE is refused everywhere and HEAD works wherever GET does (issue 17: /health answered TRACE,
/// HEAD got 405).</summary>
public sealed class MethodTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    public static TheoryData<string> GetResources => new()
    {
        "/", "/api/status", "/api/actors", "/api/actors/egypt", "/api/mediators?a=hamas&b=israel", "/api/export/dot",
        "/health/live", "/health/ready", "/openapi/v1.json",
    };

    [Theory]
    [MemberData(nameof(GetResources))]
    public async Task Trace_is_405_with_an_allow_header_and_never_echoes(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Trace, new Uri(path, UriKind.Relative));
        request.Headers.Add("X-Secret", "echo-me");
        using var response = await fixture.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("echo-me", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(GetResources))]
    public async Task Head_is_answered_like_get_without_a_body(string path)
    {
        using var get = await fixture.Client.GetAsync(new Uri(path, UriKind.Relative));
        var getBody = await get.Content.ReadAsByteArrayAsync();
        using var head = await fixture.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative)));
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(getBody.Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_on_kestrel_sends_headers_only()
    {
        await using var service = await RunningService.StartAsync(TestSeed.SharedFolder);
        using var client = new HttpClient { BaseAddress = service.Address };
        using var get = await client.GetAsync(new Uri("/api/actors", UriKind.Relative));
        var length = (await get.Content.ReadAsByteArrayAsync()).Length;
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/api/actors", UriKind.Relative)));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(length, head.Content.Headers.ContentLength);
        // The connection is still usable: no stray body bytes were sent after the HEAD answer.
        using var again = await client.GetAsync(new Uri("/api/status", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task Post_on_a_get_resource_is_405_naming_get_and_head()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/status", UriKind.Relative));
        request.Headers.Add("X-ActorGraph-Client", "test");
        using var response = await fixture.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
    }
}
