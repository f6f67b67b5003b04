using ActorGraph.Reading.Facts;
using ActorGraph.Reading.Input;

namespace ActorGraph.Reading;

/// <summary>Reads news reports, statements and essays (plain text, Markdown or HTML) into proposed actors,
/// relations and mediation processes, each tied to its sentence. Rule-based, offline, English only.</summary>
public static class ReportReader
{
    /// <summary>Reads one report file.</summary>
    /// <exception cref="ReadingException">The file is empty, binary, too large, not English or has no article.</exception>
    public static ReadingResult ReadFile(string path, ReadingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new ReadingOptions();
        FileStream stream;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > options.MaxBytes)
                throw new ReadingException(ReadingError.TooLarge, path, $"the report is {length:N0} bytes, over the limit of {options.MaxBytes:N0}; raise it with --max-bytes if this is intended");
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReadingException(ReadingError.Unreadable, path, "cannot read the file: " + e.Message);
        }
        return Read(stream, path, options, cancellationToken);
    }

    /// <summary>Reads a report from a stream (standard input: <paramref name="name"/> "-"). The stream is disposed.</summary>
    public static ReadingResult Read(Stream stream, string name, ReadingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        options ??= new ReadingOptions();
        using (stream)
        {
            var input = ReportInput.Open(stream, name, options);
            var reading = new DocumentReading(input.Info, options);
            try
            {
                // Materialised (the input is bounded by MaxBytes) so that a closing signature can say who "I" is.
                var paragraphs = input.Paragraphs.ToList();
                reading.NoteClosingSigner(paragraphs);
                reading.NoteNamedSpeaker(paragraphs);
                foreach (var paragraph in paragraphs) reading.Add(paragraph, cancellationToken);
            }
            catch (System.Text.DecoderFallbackException)
            {
                throw new ReadingException(ReadingError.Binary, name, "the file is not valid text");
            }
            return reading.Finish();
        }
    }

    /// <summary>Reads a report held in a string (the service and tests use this).</summary>
    public static ReadingResult ReadText(string text, string name = "-", ReadingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), name, options, cancellationToken);
    }
}
