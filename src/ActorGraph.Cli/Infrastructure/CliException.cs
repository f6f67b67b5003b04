namespace ActorGraph.Cli.Infrastructure;

/// <summary>A user error: printed as <c>error: message</c> without a stack trace, with an exit code.</summary>
public sealed class CliException : Exception
{
    /// <summary>Creates a user error.</summary>
    public CliException(string message, int exitCode = ExitCodes.InputError) : base(message) => ExitCode = exitCode;

    /// <summary>Creates a user error.</summary>
    public CliException() : this("error") { }

    /// <summary>Creates a user error.</summary>
    public CliException(string message, Exception innerException) : base(message, innerException) => ExitCode = ExitCodes.InputError;

    /// <summary>The process exit code.</summary>
    public int ExitCode { get; }
}
