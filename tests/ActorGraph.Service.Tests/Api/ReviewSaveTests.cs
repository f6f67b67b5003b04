using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using ActorGraph.Seed;
using ActorGraph.Service.Tests.Support;

namespace ActorGraph.Service.Tests.Api;

/// <summary>Saving a reviewed reading: refused on a read-only service; with the write opt-in the accepted
/// facts (and not the rejected ones) land in a new seed file that loads with the others, no known actor is
/// duplicated, and the graph reloads; a changed graph or a fact without its actor is refused; the download
/// is a seed folder that loads on its own. Each test works on its own copy of the test seed.</summary>
public sealed class ReviewSaveTests
{
    private static async Task<object> ArticleAsync() =>
        new { text = await File.ReadAllTextAsync(SharedData.Article), date = "2024-12-01", title = "Hamas delegation in Cairo" };

    /// <summary>A service on a fresh copy of the test seed, loaded, with the article read against it.</summary>
    private static async Task<(ServiceFactory Factory, HttpClient Client, object Report, JsonElement Answer)> ReadArticleAsync(TestSeed seed, params string[] settings)
    {
        var factory = new ServiceFactory(seed.Folder, settings: settings);
        var client = await factory.ReadyClientAsync();
        await factory.WaitForAsync(s => s.IsReady, "the seed");
        var report = await ArticleAsync();
        return (factory, client, report, await client.PostJsonAsync("/api/read", report));
    }

    [Fact]
    public async Task Without_the_write_opt_in_a_save_is_refused_and_nothing_is_written()
    {
        using var seed = TestSeed.Copy();
        var (factory, client, report, answer) = await ReadArticleAsync(seed);
        await using var _ = factory;
        Assert.False(answer.GetProperty("canSave").GetBoolean());
        var before = Directory.GetFiles(seed.Folder).Select(Path.GetFileName).Order().ToArray();

        var problem = await client.PostJsonAsync("/api/read/save",
            new { report, version = answer.GetProperty("version").GetInt64(), accepted = ReviewableIds(answer) }, HttpStatusCode.Forbidden);
        Assert.Equal("read-only", problem.GetProperty("error").GetString());
        Assert.Contains("--allow-writes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles(seed.Folder).Select(Path.GetFileName).Order().ToArray());
    }

    [Fact]
    public async Task With_the_opt_in_the_accepted_facts_are_saved_the_rejected_are_not_and_the_graph_reloads()
    {
        using var seed = TestSeed.Copy();
        var (factory, client, report, answer) = await ReadArticleAsync(seed, "--ActorGraph:Review:AllowWrites=true");
        await using var _ = factory;
        Assert.True(answer.GetProperty("canSave").GetBoolean());
        var version = answer.GetProperty("version").GetInt64();
        var (accepted, rejected) = AcceptAllButOneTie(answer);
        var actorsBefore = factory.State.Current!.Data.Actors.Length;

        var saved = await client.PostJsonAsync("/api/read/save", new { report, version, accepted });
        var file = saved.GetProperty("file").GetString()!;
        Assert.StartsWith("read-", file, StringComparison.Ordinal);
        Assert.True(saved.GetProperty("version").GetInt64() > version);
        Assert.Empty(Directory.GetFiles(seed.Folder, ".*")); // no temporary file left behind

        // The folder loads with the normal loader and holds exactly the accepted facts.
        var loaded = SeedLoader.Load(seed.Folder);
        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Errors));
        var graph = loaded.Graph!;
        var relationIds = graph.Relations.Select(r => r.Id).ToHashSet();
        foreach (var id in accepted.Where(id => Kind(answer, id) == "relation")) Assert.Contains(id, relationIds);
        Assert.DoesNotContain(rejected, relationIds);
        foreach (var id in accepted.Where(id => Kind(answer, id) == "actor")) Assert.NotNull(graph.FindActor(id));
        // No known actor was added again: every actor name and alias still resolves to one actor.
        Assert.Equal(actorsBefore + accepted.Count(id => Kind(answer, id) == "actor"), graph.Actors.Length);
        var names = graph.Actors.SelectMany(a => a.Aliases.Append(a.Name)).Select(n => n.ToLowerInvariant()).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());

        // The service serves the new graph.
        Assert.Equal(saved.GetProperty("version").GetInt64(), factory.State.Current!.Version);
        var served = await client.GetJsonAsync("/api/graph");
        Assert.Contains(accepted.First(id => Kind(answer, id) == "relation"), served.GetProperty("relations").Strings("id"));

        // The same reading cannot be saved twice against the old version.
        var stale = await client.PostJsonAsync("/api/read/save", new { report, version, accepted }, HttpStatusCode.Conflict);
        Assert.Equal("Graph changed", stale.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_fact_whose_new_actor_is_rejected_is_refused_and_nothing_is_written()
    {
        using var seed = TestSeed.Copy();
        await using var factory = new ServiceFactory(seed.Folder, settings: "--ActorGraph:Review:AllowWrites=true");
        var client = await factory.ReadyClientAsync();
        await factory.WaitForAsync(s => s.IsReady, "the seed");
        var report = new { text = await File.ReadAllTextAsync(SharedData.Report("01-yemen-un-truce")), fileName = "yemen.txt" };
        var answer = await client.PostJsonAsync("/api/read", report);
        var needy = answer.GetProperty("facts").EnumerateArray().First(f => f.GetProperty("needs").GetArrayLength() > 0);
        var before = Directory.GetFiles(seed.Folder).Length;

        var problem = await client.PostJsonAsync("/api/read/save",
            new { report, version = answer.GetProperty("version").GetInt64(), accepted = new[] { needy.GetProperty("id").GetString() } },
            HttpStatusCode.UnprocessableEntity);
        Assert.Contains(needy.GetProperty("needs")[0].GetString()!, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await client.PostJsonAsync("/api/read/save",
            new { report, version = answer.GetProperty("version").GetInt64(), accepted = new[] { "no-such-fact" } }, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(before, Directory.GetFiles(seed.Folder).Length);
    }

    [Fact]
    public async Task A_read_only_service_offers_the_accepted_facts_as_a_seed_folder_that_loads()
    {
        using var seed = TestSeed.Copy();
        var (factory, client, report, answer) = await ReadArticleAsync(seed);
        await using var _ = factory;
        var (accepted, rejected) = AcceptAllButOneTie(answer);

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/read/download", UriKind.Relative))
        {
            Content = new StringContent(JsonSerializer.Serialize(new { report, version = answer.GetProperty("version").GetInt64(), accepted }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-ActorGraph-Client", "test");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        var folder = Path.Combine(Path.GetTempPath(), "ag-download-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            await using (var zip = await response.Content.ReadAsStreamAsync()) ZipFile.ExtractToDirectory(zip, folder);
            Assert.True(File.Exists(Path.Combine(folder, "review.md")));
            var loaded = SeedLoader.Load(folder);
            Assert.True(loaded.Succeeded, string.Join("; ", loaded.Errors));
            var ids = loaded.Graph!.Relations.Select(r => r.Id).ToHashSet();
            foreach (var id in accepted.Where(id => Kind(answer, id) == "relation")) Assert.Contains(id, ids);
            Assert.DoesNotContain(rejected, ids);
            Assert.Contains("r1", ids); // the graph on record is kept
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private static string[] ReviewableIds(JsonElement answer) =>
        [.. answer.GetProperty("facts").EnumerateArray().Where(f => f.GetProperty("reviewable").GetBoolean()).Select(f => f.GetProperty("id").GetString()!)];

    private static string? Kind(JsonElement answer, string id) =>
        answer.GetProperty("facts").EnumerateArray().First(f => f.GetProperty("id").GetString() == id).GetProperty("kind").GetString();

    /// <summary>Every reviewable fact but the first relation.</summary>
    private static (List<string> Accepted, string Rejected) AcceptAllButOneTie(JsonElement answer)
    {
        var ids = ReviewableIds(answer).ToList();
        var rejected = ids.First(id => Kind(answer, id) == "relation");
        ids.Remove(rejected);
        Assert.Contains(ids, id => Kind(answer, id) == "relation");
        return (ids, rejected);
    }
}
