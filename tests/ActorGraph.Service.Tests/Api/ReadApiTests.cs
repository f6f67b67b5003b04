using System.Net;
using System.Text;
using System.Text.Json;
using ActorGraph.Service.Tests.Support;

namespace ActorGraph.Service.Tests.Api;

/// <summary>POST /api/read on the shared test seed: a real report (not written here) read into facts tied to
/// their sentences with their effect on the graph; bad input refused with typed problems; its own body limit;
/// the same cross-site protections as every state-changing request.</summary>
[Collection(ServiceCollection.Name)]
public sealed class ReadApiTests(ServiceFixture fixture)
{
    private static readonly string[] Effects = ["new-actor", "known-actor", "new-tie", "on-record", "contradicts", "new-process"];

    [Fact]
    public async Task A_real_report_gives_facts_with_their_sentence_rule_confidence_and_effect()
    {
        var text = await File.ReadAllTextAsync(SharedData.Report("01-yemen-un-truce"));
        var answer = await fixture.Client.PostJsonAsync("/api/read", new { text, fileName = "01-yemen-un-truce.txt" });

        Assert.Equal(fixture.Factory.State.Current!.Version, answer.GetProperty("version").GetInt64());
        var report = answer.GetProperty("report");
        Assert.Equal("President Biden Statement on UN-Mediated Truce in Yemen", report.GetProperty("title").GetString()); // from the file's header
        Assert.Equal("2022-04-01", report.GetProperty("date").GetString());
        var facts = answer.GetProperty("facts").EnumerateArray().ToList();
        var kinds = facts.Select(f => f.GetProperty("kind").GetString()).ToHashSet();
        Assert.Contains("actor", kinds);
        Assert.Contains("relation", kinds);
        // Every fact is tied to a sentence of the report, located by paragraph and offsets.
        var paragraphs = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n");
        foreach (var fact in facts)
        {
            var sentence = fact.GetProperty("sentence").GetString()!;
            Assert.False(string.IsNullOrWhiteSpace(sentence), $"{fact}: no sentence");
            Assert.Contains(sentence, text, StringComparison.Ordinal);
            Assert.True(fact.GetProperty("paragraph").GetInt32() >= 1, $"{fact}: no paragraph");
            Assert.True(fact.GetProperty("end").GetInt32() - fact.GetProperty("start").GetInt32() == sentence.Length, $"{fact}: offsets do not span the sentence");
            Assert.Contains(fact.GetProperty("effect").GetString(), Effects);
            Assert.False(string.IsNullOrEmpty(fact.GetProperty("rule").GetString()));
            Assert.InRange(fact.GetProperty("confidence").GetDouble(), 0, 1);
            if (fact.TryGetProperty("quote", out var quote) && quote.ValueKind == JsonValueKind.String)
                Assert.Contains(quote.GetString()!, sentence, StringComparison.OrdinalIgnoreCase);
        }
        // Yemen, Saudi Arabia and Oman are not in the test seed: new actors, proposed as records to draw.
        var proposed = answer.GetProperty("proposed").GetProperty("actors").Strings("name");
        Assert.Contains("Yemen", proposed);
        Assert.All(facts.Where(f => f.GetProperty("effect").GetString() == "new-actor"),
            f => Assert.Contains(f.GetProperty("id").GetString(), answer.GetProperty("proposed").GetProperty("actors").Strings("id")));
        Assert.False(answer.GetProperty("canSave").GetBoolean()); // the fixture is read-only
    }

    [Fact]
    public async Task Actors_already_in_the_graph_are_known_and_never_proposed_again()
    {
        var text = await File.ReadAllTextAsync(SharedData.Article);
        var answer = await fixture.Client.PostJsonAsync("/api/read", new { text, date = "2024-12-01", title = "Hamas delegation in Cairo" });
        var facts = answer.GetProperty("facts").EnumerateArray().ToList();
        var known = facts.Where(f => f.GetProperty("effect").GetString() == "known-actor").Select(f => f.GetProperty("id").GetString()).ToHashSet();
        foreach (var id in new[] { "hamas", "israel", "egypt", "qatar" }) Assert.Contains(id, known);
        Assert.All(facts.Where(f => f.GetProperty("effect").GetString() == "known-actor"), f => Assert.False(f.GetProperty("reviewable").GetBoolean()));
        var graph = fixture.Factory.State.Current!.Data;
        // No proposed actor is an actor on record under another id, name or alias.
        foreach (var actor in answer.GetProperty("proposed").GetProperty("actors").EnumerateArray())
        {
            Assert.Null(graph.FindActor(actor.GetProperty("id").GetString()!));
            Assert.IsNotType<ActorGraph.Core.Resolution.ActorResolution.Found>(fixture.Factory.State.Current.Resolver.Resolve(actor.GetProperty("name").GetString()!));
        }
        // A relation between two known actors is drawn between them, and says what it does to the record.
        var ties = facts.Where(f => f.GetProperty("kind").GetString() == "relation").ToList();
        Assert.NotEmpty(ties);
        Assert.Contains(ties, t => t.GetProperty("effect").GetString() is "new-tie" or "on-record" or "contradicts");
        Assert.Equal("Hamas delegation in Cairo", answer.GetProperty("report").GetProperty("title").GetString());
    }

    public static TheoryData<string, object, HttpStatusCode, string> BadInputs => new()
    {
        { "empty", new { text = "" }, HttpStatusCode.UnprocessableEntity, "empty" },
        { "blank", new { text = " \n\n \t" }, HttpStatusCode.UnprocessableEntity, "empty" },
        { "binary", new { text = "PK\u0003\u0004\u0000\u0000binary\u0000zip" }, HttpStatusCode.UnsupportedMediaType, "binary" },
        { "navigation only",
            new { text = "<html><body><div class=menu><p><a href='/'>Home</a></p><p><a href='/world'>World news</a></p><p><a href='/politics'>Politics</a></p><p><a href='/sport'>Sport</a></p><p>Sign in</p><p>Subscribe today</p><p>Cookie settings</p></div></body></html>", format = "html" },
            HttpStatusCode.UnprocessableEntity, "no-article" },
        { "French",
            new { text = "Le Qatar et l'Égypte ont annoncé mardi que les négociations entre le Hamas et Israël reprendraient la semaine prochaine au Caire. Les médiateurs espèrent obtenir une trêve durable et un échange de prisonniers avant la fin du mois, selon des sources proches du dossier, qui ont requis l'anonymat." },
            HttpStatusCode.UnprocessableEntity, "unsupported-language" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_gets_a_typed_problem(string name, object body, HttpStatusCode status, string error)
    {
        var problem = await fixture.Client.PostJsonAsync("/api/read", body, status);
        Assert.True(error == problem.GetProperty("error").GetString(), $"{name}: {problem}");
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    [Theory]
    [InlineData("{\"text\": \"Qatar mediates.\", \"date\": \"1 May 2024\"}", "date")]
    [InlineData("{\"text\": \"Qatar mediates.\", \"format\": \"pdf\"}", "format")]
    public async Task Bad_options_name_the_parameter(string json, string parameter)
    {
        using var response = await Post(fixture.Factory.CreateClient(), "/api/read", json);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(parameter, JsonDocument.Parse(text).RootElement.GetProperty("parameter").GetString());
    }

    [Theory]
    [InlineData("{\"text\": \"Qatar mediates")]
    [InlineData("[1, 2]")]
    [InlineData("{\"text\": 42}")]
    public async Task A_body_that_is_not_a_report_is_refused_with_a_problem(string json)
    {
        using var response = await Post(fixture.Factory.CreateClient(), "/api/read", json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_may_be_larger_than_other_requests_but_not_larger_than_its_own_limit()
    {
        var client = fixture.Factory.CreateClient();
        // 100 kB: over the 16 kB that every other request may send, well under the 2 MB for reports.
        var paragraph = "Qatar and Egypt said on Tuesday that talks between Hamas and Israel would resume in Cairo next week. ";
        var big = string.Join("\n\n", Enumerable.Repeat(paragraph, 1000));
        using (var ok = await Post(client, "/api/read", JsonSerializer.Serialize(new { text = big })))
            Assert.True(ok.StatusCode == HttpStatusCode.OK, await ok.Content.ReadAsStringAsync());
        using (var reload = await Post(client, "/api/reload", JsonSerializer.Serialize(new { text = big })))
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reload.StatusCode);
        // Over 2 MB: refused before the body is read, naming the setting.
        var huge = new string('a', 2 * 1024 * 1024 + 10);
        using var tooLarge = await Post(client, "/api/read", JsonSerializer.Serialize(new { text = huge }));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Contains("ActorGraph:Review:MaxBodyBytes", await tooLarge.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reading_past_its_time_limit_stops_with_the_timeout_problem()
    {
        // 100 kB takes a few hundred milliseconds to read; the limit here is one millisecond.
        var paragraph = "Qatar and Egypt said on Tuesday that talks between Hamas and Israel would resume in Cairo next week. ";
        var request = new ActorGraph.Service.Reading.ReadRequest(string.Join("\n\n", Enumerable.Repeat(paragraph, 1000)));
        var problem = await Assert.ThrowsAsync<ActorGraph.Service.Api.ApiProblem>(() => ActorGraph.Service.Reading.ReportReview.ReadAsync(
            request, fixture.Factory.State.Current!.Data, 1, TimeSpan.FromMilliseconds(1), CancellationToken.None));
        Assert.Equal(413, problem.Status);
        Assert.Equal("timeout", problem.Extensions["error"]);
        // With time enough, the same report is read.
        var review = await ActorGraph.Service.Reading.ReportReview.ReadAsync(request, fixture.Factory.State.Current!.Data, 1, TimeSpan.FromMinutes(1), CancellationToken.None);
        Assert.NotEmpty(review.Merged.Review);
    }

    [Theory]
    [InlineData(null, "application/json", null, HttpStatusCode.Forbidden)]
    [InlineData("x", "text/plain", null, HttpStatusCode.UnsupportedMediaType)]
    [InlineData("x", "multipart/form-data; boundary=b", null, HttpStatusCode.UnsupportedMediaType)]
    [InlineData("x", "application/json", "Sec-Fetch-Site: cross-site", HttpStatusCode.Forbidden)]
    [InlineData("x", "application/json", "Origin: http://attacker.example", HttpStatusCode.Forbidden)]
    public async Task A_page_on_another_site_cannot_read_or_save_through_the_service(string? header, string contentType, string? extra, HttpStatusCode expected)
    {
        foreach (var path in new[] { "/api/read", "/api/read/save", "/api/read/download" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
            {
                Content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"text\": \"Qatar mediates between Hamas and Israel.\"}")),
            };
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            if (header is not null) request.Headers.Add("X-ActorGraph-Client", header);
            if (extra is not null) request.Headers.TryAddWithoutValidation(extra[..extra.IndexOf(':', StringComparison.Ordinal)], extra[(extra.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim());
            using var response = await fixture.Factory.CreateClient().SendAsync(request);
            Assert.True(expected == response.StatusCode, $"{path}: expected {(int)expected}, got {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Readings_beyond_the_limit_are_refused_with_429_and_Retry_After_until_a_slot_frees()
    {
        var gate = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ActorGraph.Service.Reading.ReadingGate>(fixture.Factory.Services);
        var json = JsonSerializer.Serialize(new { text = "Qatar and Egypt mediated talks between Israel and Hamas in Cairo." });
        var client = fixture.Factory.CreateClient();
        var first = gate.Enter();
        var second = gate.Enter(); // the default limit is 2: both slots are now taken, as by two long readings
        try
        {
            using var refused = await Post(client, "/api/read", json);
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(2), refused.Headers.RetryAfter?.Delta);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Contains("MaxConcurrentReadings", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            using var download = await Post(client, "/api/read/download", "{\"report\": {\"text\": \"x\"}, \"accepted\": []}");
            Assert.Equal(HttpStatusCode.TooManyRequests, download.StatusCode);
        }
        finally
        {
            first.Dispose();
        }
        using var served = await Post(client, "/api/read", json); // one slot free again
        Assert.True(served.StatusCode == HttpStatusCode.OK, await served.Content.ReadAsStringAsync());
        second.Dispose();
        Assert.Equal(0, gate.InProgress); // the served reading gave its slot back
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, string path, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-ActorGraph-Client", "test");
        return client.SendAsync(request);
    }
}
