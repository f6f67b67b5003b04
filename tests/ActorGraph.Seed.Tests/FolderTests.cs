using ActorGraph.Seed.Tests.Support;

namespace ActorGraph.Seed.Tests;

/// <summary>Folder-level behaviour: missing and empty folders, all errors in one run, nothing half-loaded.</summary>
public sealed class FolderTests
{
    [Fact]
    public void Missing_folder_gives_a_clear_message()
    {
        var path = Path.Combine(Path.GetTempPath(), "ag-no-such-seed-" + Guid.NewGuid().ToString("N"));
        var result = SeedLoader.Load(path);
        Assert.Null(result.Graph);
        var error = Assert.Single(result.Errors);
        Assert.Equal(path, error.File);
        Assert.Contains("seed folder not found", error.Message, StringComparison.Ordinal);
        Assert.StartsWith(path + ": seed folder not found", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_folder_gives_a_clear_message()
    {
        using var seed = new TempSeed().With("README.md", "not a seed file");
        var error = Assert.Single(seed.Load().Errors);
        Assert.Contains("no seed files here; expected *.yaml, *.yml or *.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_with_only_sources_says_there_are_no_actors()
    {
        using var seed = new TempSeed().With("s.yaml", "sources:\n  - id: s\n    title: S\n");
        var error = Assert.Single(seed.Load().Errors);
        Assert.Contains("defines no actors", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_error_of_every_file_comes_back_in_one_run_sorted_and_nothing_is_loaded()
    {
        using var seed = new TempSeed()
            .With("b.yaml", TempSeed.Base + "\nrelations:\n  - source: alpha\n    target: nobody\n    kind: meets\n  - source: alpha\n    target: beta\n    kind: hugs\n")
            .With("a.yaml", "actors:\n  - id: zed\n    name: Zed\n    kind: planet\n")
            .With("relations.csv", "source,target,kind,date\nalpha,beta,meets,yesterday\n");
        var result = seed.Load();
        Assert.Null(result.Graph);
        Assert.False(result.Succeeded);
        Assert.Equal(
        [
            "a.yaml:4:11",
            "b.yaml:19:13",
            "b.yaml:23:11",
            "relations.csv:2:18",
        ], result.Errors.Select(e => $"{e.File}:{e.Line}:{e.Column}"));
    }

    [Fact]
    public void Subfolders_and_other_files_are_ignored()
    {
        using var seed = new TempSeed().With("actors.yaml", TempSeed.Base).With("notes.txt", "ignored");
        Directory.CreateDirectory(Path.Combine(seed.Path, "old"));
        File.WriteAllText(Path.Combine(seed.Path, "old", "broken.yaml"), "actors: [");
        var result = seed.Load();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(4, result.Graph!.Actors.Length);
    }

    [Fact]
    public void Cancellation_throws_and_does_not_return_a_graph()
    {
        using var seed = new TempSeed().With("actors.yaml", TempSeed.Base);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => SeedLoader.Load(seed.Path, cancellationToken: cts.Token));
    }
}
