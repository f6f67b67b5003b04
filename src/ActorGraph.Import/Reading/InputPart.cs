namespace ActorGraph.Import.Reading;

/// <summary>One text stream of an input file: the file itself, its gzip content, or one zip entry.</summary>
/// <param name="Name">How issues name it: the path, or <c>archive.zip!entry.csv</c>.</param>
/// <param name="Reader">The decoded text (UTF-8).</param>
/// <param name="Length">The compressed or plain byte length of the file, for progress; 0 when unknown.</param>
public sealed record InputPart(string Name, TextReader Reader, long Length) : IDisposable
{
    /// <summary>Longest line accepted, in characters (<see cref="InputLimits.MaxLineChars"/>).</summary>
    public int MaxLineChars { get; init; } = InputLimits.DefaultMaxLineChars;

    /// <summary>A line reader over <see cref="Reader"/> that enforces <see cref="MaxLineChars"/>.</summary>
    public LineReader Lines() => new(Reader, Name, MaxLineChars);

    /// <inheritdoc />
    public void Dispose() => Reader.Dispose();
}
