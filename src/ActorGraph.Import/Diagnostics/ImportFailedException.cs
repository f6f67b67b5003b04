namespace ActorGraph.Import.Diagnostics;

/// <summary>Thrown when an import cannot go on: a malformed row under <c>--strict</c>, or an unreadable file.
/// Nothing has been written when it is thrown.</summary>
public class ImportFailedException : Exception
{
    /// <summary>Creates the exception for a failing row.</summary>
    public ImportFailedException(ImportIssue issue)
        : base($"{issue} (--strict: nothing was written)") => Issue = issue;

    /// <summary>Creates the exception with a message.</summary>
    public ImportFailedException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and cause.</summary>
    public ImportFailedException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception.</summary>
    public ImportFailedException() : base("import failed") { }

    /// <summary>The row that failed, when a row did.</summary>
    public ImportIssue? Issue { get; }
}
