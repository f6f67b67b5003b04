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

    /// <summary>A line of <paramref name="file"/> longer than <paramref name="maxChars"/> characters.</summary>
    public static ImportLimitException LongLine(string file, long line, int maxChars) =>
        new($"{file}:{line}: a line is longer than {maxChars:N0} characters (not line-oriented text?)", "--max-line-length");

    /// <summary>The command-line option that raises the limit.</summary>
    public string Option { get; } = "";
}
