namespace ActorGraph.Reading.Input;

/// <summary>A report that cannot be read, with the reason, the file and (where it applies) the line.</summary>
public sealed class ReadingException : Exception
{
    /// <summary>Creates the error.</summary>
    public ReadingException(ReadingError error, string path, string message, int? line = null)
        : base(line is { } l ? $"{path}:{l}: {message}" : $"{path}: {message}")
    {
        Error = error;
        Path = path;
        Line = line;
    }

    /// <summary>Creates an error (for serialisers).</summary>
    public ReadingException() : this(ReadingError.Unreadable, "-", "cannot read the report") { }

    /// <summary>Creates an error (for serialisers).</summary>
    public ReadingException(string message) : this(ReadingError.Unreadable, "-", message) { }

    /// <summary>Creates an error (for serialisers).</summary>
    public ReadingException(string message, Exception innerException) : base(message, innerException) => Path = "-";

    /// <summary>Why.</summary>
    public ReadingError Error { get; }

    /// <summary>The file ("-" for standard input).</summary>
    public string Path { get; }

    /// <summary>1-based line, when the problem has one.</summary>
    public int? Line { get; }
}
