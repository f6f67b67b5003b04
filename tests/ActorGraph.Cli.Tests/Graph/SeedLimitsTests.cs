using ActorGraph.Cli.Tests.Support;

namespace ActorGraph.Cli.Tests.Graph;

/// <summary>Seed limits on the command line: a deep file is a located error with exit code 1, and the same
/// environment variables as <c>serve</c> raise a limit.</summary>
public sealed class SeedLimitsTests
{
    [Fact]
    public async Task A_deeply_nested_file_is_a_located_error_with_exit_code_1()
    {
        using var dir = new TempSeed();
        dir.Write("actors.yaml", "actors:\n  " + string.Concat(Enumerable.Repeat("- ", 35_000)) + "x\n");
        var result = await CliRunner.RunAsync(["validate", "--seed", dir.Path]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(Path.Combine(dir.Path, "actors.yaml") + ":2:", result.Error, StringComparison.Ordinal);
        Assert.Contains("YAML nesting too deep", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_limit_is_raised_and_checked_through_the_environment()
    {
        using var dir = new TempSeed();
        dir.Write("actors.yaml", "actors: " + new string('[', 80) + new string(']', 80) + "\n");
        var deep = await CliRunner.RunAsync(["validate", "--seed", dir.Path]);
        Assert.Contains("YAML nesting too deep", deep.Error, StringComparison.Ordinal);

        var raised = await CliRunner.RunAsync(["validate", "--seed", dir.Path], new Dictionary<string, string> { ["ActorGraph__Seed__Limits__MaxNestingDepth"] = "100" });
        Assert.Equal(1, raised.ExitCode);
        Assert.DoesNotContain("nesting", raised.Error, StringComparison.Ordinal);

        var bad = await CliRunner.RunAsync(["validate", "--seed", dir.Path], new Dictionary<string, string> { ["ActorGraph__Seed__Limits__MaxNestingDepth"] = "deep" });
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("ActorGraph__Seed__Limits__MaxNestingDepth='deep' is not a whole number", bad.Error, StringComparison.Ordinal);
    }
}
