using System.Net;
using System.Text;
using System.Text.Json;
using ActorGraph.Service.Tests.Support;

namespace ActorGraph.Service.Tests.Security;

/// <summary>POST /api/reload from a hostile page: a form, a simple fetch, a foreign Origin or a cross-site
/// fetch is refused; a client that sends the custom header (and JSON, if anything) is served (issue 17:
/// any page could trigger reloads).</summary>
public sealed class CrossSiteRequestTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    public static TheoryData<string, string?, string?, string?, HttpStatusCode> Cases => new()
    {
        // name, client header, content type (with body), extra header "Name: value", expected
        { "no header: a form or simple fetch", null, null, null, HttpStatusCode.Forbidden },
        { "form post", null, "application/x-www-form-urlencoded", null, HttpStatusCode.Forbidden },
        { "form post with the header", "x", "application/x-www-form-urlencoded", null, HttpStatusCode.UnsupportedMediaType },
        { "multipart with the header", "x", "multipart/form-data; boundary=b", null, HttpStatusCode.UnsupportedMediaType },
        { "text/plain with the header", "x", "text/plain", null, HttpStatusCode.UnsupportedMediaType },
        { "foreign origin", "x", null, "Origin: http://attacker.example", HttpStatusCode.Forbidden },
        { "opaque origin", "x", null, "Origin: null", HttpStatusCode.Forbidden },
        { "cross-site fetch", "x", null, "Sec-Fetch-Site: cross-site", HttpStatusCode.Forbidden },
        { "same-site fetch from a sibling port", "x", null, "Sec-Fetch-Site: same-site", HttpStatusCode.Forbidden },
        { "curl with the header", "cli", null, null, HttpStatusCode.OK },
        { "the page itself", "web", null, "Origin: http://localhost", HttpStatusCode.OK },
        { "same-origin fetch", "web", "application/json", "Sec-Fetch-Site: same-origin", HttpStatusCode.OK },
        { "json body", "cli", "application/json; charset=utf-8", null, HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task State_changing_requests_need_the_client_header_same_origin_and_json(
        string name, string? clientHeader, string? contentType, string? extra, HttpStatusCode expected)
    {
        using var client = fixture.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/reload", UriKind.Relative));
        if (clientHeader is not null) request.Headers.Add("X-ActorGraph-Client", clientHeader);
        if (extra is not null)
        {
            var colon = extra.IndexOf(':', StringComparison.Ordinal);
            request.Headers.TryAddWithoutValidation(extra[..colon], extra[(colon + 1)..].Trim());
        }
        if (contentType is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(contentType.Contains("json", StringComparison.Ordinal) ? "{}" : "a=b"));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{name}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        if (expected != HttpStatusCode.OK)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.False(string.IsNullOrEmpty(JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()));
        }
    }

    [Fact]
    public async Task A_refused_reload_does_not_reload()
    {
        using var client = fixture.Factory.CreateClient();
        var before = fixture.Factory.State.LastReport;
        using var response = await client.PostAsync(new Uri("/api/reload", UriKind.Relative), new StringContent("a=b", Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Same(before, fixture.Factory.State.LastReport);
    }
}
