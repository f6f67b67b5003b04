namespace ActorGraph.Cli.Infrastructure;

/// <summary>What a command writes to and reads the environment from; tests pass their own.</summary>
/// <param name="Out">Standard output: results only, so that they can be piped.</param>
/// <param name="Error">Standard error: errors, warnings and progress.</param>
/// <param name="GetEnvironmentVariable">Environment lookup (tests substitute a dictionary).</param>
public sealed record CliContext(TextWriter Out, TextWriter Error, Func<string, string?> GetEnvironmentVariable)
{
    /// <summary>A context on the process's console and environment.</summary>
    public static CliContext FromConsole(TextWriter output, TextWriter error) =>
        new(output, error, Environment.GetEnvironmentVariable);
}
