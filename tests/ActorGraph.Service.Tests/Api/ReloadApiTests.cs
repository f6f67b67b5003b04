using System.Net;
using System.Text.Json;
using ActorGraph.Service.Tests.Support;

namespace ActorGraph.Service.Tests.Api;

/// <summary>Reloading through the API, and a service whose seed is invalid from the start.</summary>
public sealed class ReloadApiTests
{
    private const string GoodRelation = "{ id: r1, source: egypt, target: hamas,";
    private const string BadRelation = "{ id: r1, source: egypt, target: nobody-at-all,";

    [Fact]
    public async Task Reload_reports_seed_errors_as_422_and_keeps_serving_then_loads_the_fix()
    {
        using var seed = TestSeed.Copy();
        await using var factory = new ServiceFactory(seed.Folder);
        using var client = await factory.ReadyClientAsync();
        client.DefaultRequestHeaders.Add("X-ActorGraph-Client", "test");
        await factory.WaitForAsync(s => s.IsReady, "the first load");

        var good = await File.ReadAllTextAsync(seed.WorldFile);
        await File.WriteAllTextAsync(seed.WorldFile, good.Replace(GoodRelation, BadRelation, StringComparison.Ordinal));
        using (var rejected = await client.PostAsync(new Uri("/api/reload", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, rejected.StatusCode);
            var problem = JsonDocument.Parse(await rejected.Content.ReadAsStringAsync()).RootElement;
            Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetString()!.Contains("world.yaml:", StringComparison.Ordinal));
        }
        var status = await client.GetJsonAsync("/api/status");
        Assert.Equal(1, status.GetProperty("version").GetInt64());
        Assert.False(status.GetProperty("lastLoad").GetProperty("succeeded").GetBoolean());
        await client.GetJsonAsync("/api/mediators?a=hamas&b=israel");

        await File.WriteAllTextAsync(seed.WorldFile, good.Replace("  - { id: lonely-island", "  - { id: jordan, name: Jordan, kind: state }\n  - { id: lonely-island", StringComparison.Ordinal));
        using (var accepted = await client.PostAsync(new Uri("/api/reload", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }
        var actors = await client.GetJsonAsync("/api/actors");
        Assert.Contains("jordan", actors.Strings("id"));
        Assert.Equal(2, (await client.GetJsonAsync("/api/status")).GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task With_an_invalid_seed_at_start_the_api_and_readiness_are_503_with_the_errors()
    {
        using var seed = TestSeed.Copy();
        var text = await File.ReadAllTextAsync(seed.WorldFile);
        await File.WriteAllTextAsync(seed.WorldFile, text.Replace(GoodRelation, BadRelation, StringComparison.Ordinal));
        await using var factory = new ServiceFactory(seed.Folder);
        using var client = await factory.ReadyClientAsync();

        var problem = await client.GetProblemAsync("/api/mediators?a=hamas&b=israel", HttpStatusCode.ServiceUnavailable);
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetString()!.Contains("nobody-at-all", StringComparison.Ordinal));
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("nobody-at-all", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var live = await client.GetJsonAsync("/health/live");
        Assert.Equal("healthy", live.GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_edit_to_a_watched_folder_is_served_without_a_restart()
    {
        using var seed = TestSeed.Copy();
        await using var factory = new ServiceFactory(seed.Folder, watch: true);
        using var client = await factory.ReadyClientAsync();
        await factory.WaitForAsync(s => s.IsReady, "the first load");

        var before = await client.GetJsonAsync("/api/mediators?a=hamas&b=israel"); // now cached for version 1
        Assert.Equal(["egypt", "qatar", "turkey"], before.GetProperty("explicit").Strings("actorId").Order(StringComparer.Ordinal));

        var text = await File.ReadAllTextAsync(seed.WorldFile);
        // Turkey stops mediating the Gaza talks.
        await File.WriteAllTextAsync(seed.WorldFile, text.Replace("mediators: [egypt, qatar, turkey]", "mediators: [egypt, qatar]", StringComparison.Ordinal));
        await factory.WaitForAsync(s => s.Current!.Version == 2, "the edit to load");

        var result = await client.GetJsonAsync("/api/mediators?a=hamas&b=israel");
        Assert.Equal(["egypt", "qatar"], result.GetProperty("explicit").Strings("actorId").Order(StringComparer.Ordinal));
    }
}
