using System.Net;
using System.Text.Json;
using ActorGraph.Service.Tests.Support;

namespace ActorGraph.Service.Tests.Security;

/// <summary>The Host allow-list on the real Kestrel server: a DNS-rebinding page sends its own name in
/// <c>Host</c> and must get nothing (issue 17: any Host was accepted).</summary>
public sealed class HostHeaderTests
{
    [Theory]
    [InlineData("attacker.example", HttpStatusCode.BadRequest)]
    [InlineData("attacker.example:5080", HttpStatusCode.BadRequest)]
    [InlineData("localhost.attacker.example", HttpStatusCode.BadRequest)]
    [InlineData("127.0.0.2", HttpStatusCode.BadRequest)]
    [InlineData("localhost", HttpStatusCode.OK)]
    [InlineData("LOCALHOST:5080", HttpStatusCode.OK)]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("[::1]:5080", HttpStatusCode.OK)]
    public async Task Only_loopback_host_names_are_answered_by_default(string host, HttpStatusCode expected)
    {
        await using var service = await RunningService.StartAsync(TestSeed.SharedFolder);
        using var client = new HttpClient { BaseAddress = service.Address };
        foreach (var path in new[] { "/api/status", "/health/live", "/" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            request.Headers.Host = host;
            using var response = await client.SendAsync(request);
            Assert.Equal(expected, response.StatusCode);
            if (expected == HttpStatusCode.BadRequest)
            {
                var body = await response.Content.ReadAsStringAsync();
                Assert.Equal("Host not allowed", JsonDocument.Parse(body).RootElement.GetProperty("title").GetString());
                Assert.DoesNotContain("actors", body, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task A_configured_host_name_replaces_the_loopback_names()
    {
        await using var service = await RunningService.StartAsync(TestSeed.SharedFolder, "--ActorGraph:Http:AllowedHosts=analyst.example;graphs.example");
        using var client = new HttpClient { BaseAddress = service.Address };
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "graphs.example:8080"));
        Assert.Equal(HttpStatusCode.BadRequest, await StatusAsync(client, "localhost"));
    }

    [Fact]
    public async Task A_star_accepts_any_host()
    {
        await using var service = await RunningService.StartAsync(TestSeed.SharedFolder, "--ActorGraph:Http:AllowedHosts=*");
        using var client = new HttpClient { BaseAddress = service.Address };
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "anything.example"));
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/status", UriKind.Relative));
        request.Headers.Host = host;
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
