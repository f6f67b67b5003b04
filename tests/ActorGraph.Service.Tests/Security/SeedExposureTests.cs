using System.Net;
using ActorGraph.Service.Tests.Support;

namespace ActorGraph.Service.Tests.Security;

/// <summary>What the service shows about its seed folder, and a hostile file dropped into it.</summary>
public sealed class SeedExposureTests
{
    [Fact]
    public async Task Status_and_errors_name_the_seed_folder_and_its_files_never_the_absolute_path()
    {
        using var seed = TestSeed.Copy();
        await using var factory = new ServiceFactory(seed.Folder);
        using var client = await factory.ReadyClientAsync();
        client.DefaultRequestHeaders.Add("X-ActorGraph-Client", "test");
        await factory.WaitForAsync(s => s.IsReady, "the first load");

        using (var status = await client.GetAsync(new Uri("/api/status", UriKind.Relative)))
        {
            var text = await status.Content.ReadAsStringAsync();
            Assert.DoesNotContain(seed.Folder, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Path.GetTempPath(), text, StringComparison.Ordinal);
        }
        Assert.Equal(Path.GetFileName(seed.Folder), (await client.GetJsonAsync("/api/status")).GetProperty("origin").GetString());

        await File.AppendAllTextAsync(seed.WorldFile, "\nbogus: 1\n");
        using var reload = await client.PostAsync(new Uri("/api/reload", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reload.StatusCode);
        var problem = await reload.Content.ReadAsStringAsync();
        Assert.Contains("\"world.yaml:", problem, StringComparison.Ordinal);
        Assert.DoesNotContain(seed.Folder, problem, StringComparison.Ordinal);
        var lastLoad = (await client.GetJsonAsync("/api/status")).GetProperty("lastLoad").GetProperty("errors");
        Assert.StartsWith("world.yaml:", lastLoad[0].GetString(), StringComparison.Ordinal);
        // The server log keeps the full path for the operator.
        Assert.StartsWith(seed.Folder, factory.State.LastReport!.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_200_kilobyte_deeply_nested_file_in_a_watched_folder_keeps_the_service_and_its_graph()
    {
        using var seed = TestSeed.Copy();
        await using var factory = new ServiceFactory(seed.Folder, watch: true);
        using var client = await factory.ReadyClientAsync();
        await factory.WaitForAsync(s => s.IsReady, "the first load");
        var before = await client.GetJsonAsync("/api/mediators?a=hamas&b=israel");

        var deep = "actors:\n  " + string.Concat(Enumerable.Repeat("- ", 100_000)) + "x\n";
        await File.WriteAllTextAsync(Path.Combine(seed.Folder, "deep.yaml"), deep);
        await factory.WaitForAsync(s => s.LastReport is { Succeeded: false }, "the deep file to be read");

        var error = Assert.Single(factory.State.LastReport!.Errors);
        Assert.StartsWith(Path.Combine(seed.Folder, "deep.yaml") + ":2:", error, StringComparison.Ordinal);
        Assert.Contains("YAML nesting too deep", error, StringComparison.Ordinal);
        Assert.Equal(1, factory.State.Current!.Version);
        var after = await client.GetJsonAsync("/api/mediators?a=hamas&b=israel");
        Assert.Equal(before.ToString(), after.ToString());
    }
}
