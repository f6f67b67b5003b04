namespace ActorGraph.Import.Diagnostics;

/// <summary>An import stopped at a resource limit (decompressed size, line length, distinct actors or
/// ties): the input is larger than the limit allows, or hostile. Nothing has been written.</summary>
public sealed class ImportLimitException : ImportFailedException
{
    /// <summary>Creates the exception: what was exceeded and the option that raises the limit.</summary>
    public ImportLimitException(string what, string option)
        : base($"{what}; the limit protects memory and disk (raise it with {option})") => Option = option;

    /// <summary>Rethrows <paramref name="other"/> on this thread, keeping its message and option.</summary>
    public ImportLimitException(ImportLimitException other)
        : base(other?.Message ?? "limit exceeded", other!) => Option = other!.Option;

    /// <summary>The command-line option that raises the limit.</summary>
    public string Option { get; } = "";
}
