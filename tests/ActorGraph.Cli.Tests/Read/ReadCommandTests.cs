using ActorGraph.Cli.Tests.Support;
using ActorGraph.Seed;
using ActorGraph.TestSupport;

namespace ActorGraph.Cli.Tests.Read;

/// <summary><c>actorgraph read</c> end to end, in process: a report to a seed folder that validates, a
/// gold score, merge into an existing seed, and errors that leave nothing behind.</summary>
public sealed class ReadCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "ag-read-cli-" + Guid.NewGuid().ToString("N"));

    private static string Shared(params string[] parts) => RepositoryPaths.Combine(["..", "shared", .. parts]);

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Reads_a_report_into_a_seed_that_validates_and_scores_it()
    {
        var outDir = Path.Combine(_dir, "out");
        var result = await CliRunner.RunAsync(["read", Shared("reports", "04-ethiopia-pretoria-au-talks.txt"), "--out", outDir,
            "--gold", Shared("reports", "04-ethiopia-pretoria-au-talks.gold.yaml")]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("actors     recall 100.0 %", result.Out, StringComparison.Ordinal);
        Assert.True(SeedLoader.Load(outDir).Succeeded);
        Assert.True(File.Exists(Path.Combine(outDir, "review.md")));
        Assert.True(File.Exists(Path.Combine(outDir, "review.json")));
    }

    [Fact]
    public async Task Into_merges_without_duplicating_known_actors()
    {
        var outDir = Path.Combine(_dir, "merged");
        var result = await CliRunner.RunAsync(["read", Shared("seed", "article.txt"), "--into", RepositoryPaths.SeedDirectory, "--out", outDir, "--format", "json"]);

        Assert.Equal(0, result.ExitCode);
        var merged = SeedLoader.Load(outDir).Graph!;
        var original = SeedLoader.Load(RepositoryPaths.SeedDirectory).Graph!;
        Assert.Contains(merged.Actors, a => a.Id == "united-states");
        Assert.DoesNotContain(merged.Actors, a => a.Id.EndsWith("-2", StringComparison.Ordinal));
        Assert.True(merged.Actors.Length <= original.Actors.Length + 2, $"{merged.Actors.Length - original.Actors.Length} new actors");
    }

    [Fact]
    public async Task An_empty_file_is_an_error_and_nothing_is_written()
    {
        Directory.CreateDirectory(_dir);
        var empty = Path.Combine(_dir, "empty.txt");
        await File.WriteAllTextAsync(empty, "");
        var outDir = Path.Combine(_dir, "out");
        var result = await CliRunner.RunAsync(["read", empty, "--out", outDir]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("empty", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }
}
