using ActorGraph.Cli.Infrastructure;

namespace ActorGraph.Cli.Tests.Support;

/// <summary>What one in-process run of <c>actorgraph</c> produced.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error);

/// <summary>Runs <c>actorgraph</c> in-process with captured output and a controlled environment.</summary>
public static class CliRunner
{
    /// <summary>Runs the CLI; the environment holds only <paramref name="environment"/> (no ACTORGRAPH_* from the machine).</summary>
    public static async Task<CliResult> RunAsync(string[] args, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var context = new CliContext(output, error, name => environment is not null && environment.TryGetValue(name, out var v) ? v : null);
        var exit = await CliApp.RunAsync(args, context);
        return new CliResult(exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs the CLI against the repository's graph-seed folder (passed with --seed).</summary>
    public static Task<CliResult> RunOnSeedAsync(params string[] args) =>
        RunAsync([.. args, "--seed", RepositoryPaths.SeedDirectory]);
}
