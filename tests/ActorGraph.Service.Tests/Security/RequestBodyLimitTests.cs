using System.Net;
using System.Net.Sockets;
using System.Text;
using ActorGraph.Service.Tests.Support;

namespace ActorGraph.Service.Tests.Security;

/// <summary>The documented 16 kB body limit holds for every request, read or not (issue 17: 20 kB, 5 MB and
/// a Content-Length of 99,999,999,999 were all answered 200).</summary>
public sealed class RequestBodyLimitTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    [Theory]
    [InlineData("POST", "/api/reload", 20_000)]
    [InlineData("POST", "/api/reload", 5_000_000)]
    [InlineData("GET", "/api/status", 20_000)]
    public async Task A_body_over_the_limit_is_413(string method, string path, int size)
    {
        using var client = fixture.Factory.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative))
        {
            Content = new StringContent("\"" + new string('a', size) + "\"", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-ActorGraph-Client", "test");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("16,384 bytes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_413_and_one_under_it_is_served()
    {
        using var client = fixture.Factory.CreateClient();
        foreach (var (size, expected) in new[] { (20_000, HttpStatusCode.RequestEntityTooLarge), (1_000, HttpStatusCode.OK) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/reload", UriKind.Relative))
            {
                Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("\"" + new string('a', size) + "\""))),
            };
            request.Content.Headers.ContentType = new("application/json");
            request.Headers.TransferEncodingChunked = true;
            request.Headers.Add("X-ActorGraph-Client", "test");
            using var response = await client.SendAsync(request);
            Assert.Equal(expected, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_huge_declared_length_is_refused_on_kestrel_before_the_body_arrives()
    {
        await using var service = await RunningService.StartAsync(TestSeed.SharedFolder);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(service.Address.Host, service.Address.Port);
        var stream = tcp.GetStream();
        var head = $"POST /api/reload HTTP/1.1\r\nHost: 127.0.0.1:{service.Address.Port}\r\nX-ActorGraph-Client: t\r\n" +
            "Content-Type: application/json\r\nContent-Length: 99999999999\r\n\r\n{";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var buffer = new byte[4096];
        var read = await stream.ReadAsync(buffer, timeout.Token);
        var answer = Encoding.ASCII.GetString(buffer, 0, read);
        Assert.StartsWith("HTTP/1.1 413", answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task On_kestrel_a_report_may_exceed_the_general_limit_but_not_its_own(bool chunked)
    {
        await using var service = await RunningService.StartAsync(TestSeed.SharedFolder, "--ActorGraph:Review:MaxBodyBytes=300000");
        using var client = new HttpClient { BaseAddress = service.Address };
        var paragraph = "Qatar and Egypt said on Tuesday that talks between Hamas and Israel would resume in Cairo next week. ";
        async Task<HttpStatusCode> PostAsync(string path, int paragraphs)
        {
            var json = System.Text.Json.JsonSerializer.Serialize(new { text = string.Join("\n\n", Enumerable.Repeat(paragraph, paragraphs)) });
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            if (chunked) request.Headers.TransferEncodingChunked = true;
            request.Headers.Add("X-ActorGraph-Client", "test");
            using var response = await client.SendAsync(request);
            return response.StatusCode;
        }
        Assert.Equal(HttpStatusCode.OK, await PostAsync("/api/read", 1000));                      // ~100 kB: over 16 kB, under 300 kB
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, await PostAsync("/api/reload", 1000));  // the general 16 kB limit
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, await PostAsync("/api/read", 4000));    // ~400 kB: over the report limit
    }

    [Fact]
    public async Task Headers_over_the_limit_are_refused_by_kestrel()
    {
        await using var service = await RunningService.StartAsync(TestSeed.SharedFolder);
        using var client = new HttpClient { BaseAddress = service.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/status", UriKind.Relative));
        request.Headers.Add("X-Padding", new string('p', 40_000));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
    }
}
