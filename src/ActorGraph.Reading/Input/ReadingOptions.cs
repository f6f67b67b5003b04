namespace ActorGraph.Reading.Input;

/// <summary>Limits and metadata for reading reports. Metadata given here wins over the file's own.</summary>
public sealed record ReadingOptions
{
    /// <summary>Default size limit: 32 MiB per report.</summary>
    public const long DefaultMaxBytes = 32L * 1024 * 1024;

    /// <summary>Largest report read, in bytes (a typed <see cref="ReadingError.TooLarge"/> error above it).</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>A text naming no actor is a typed <see cref="ReadingError.NoActors"/> error (the CLI asks for this, so that a
    /// user learns why nothing was proposed); off, such a text gives an empty result.</summary>
    public bool RequireActors { get; init; }

    /// <summary>Longest paragraph, in characters; paragraphs are read one at a time, so memory stays bounded.</summary>
    public int MaxParagraphChars { get; init; } = 200_000;

    /// <summary>Most facts (actors + relations) per report.</summary>
    public int MaxFacts { get; init; } = 500_000;

    /// <summary>Title, when the file does not say or should be overridden.</summary>
    public string? Title { get; init; }

    /// <summary>Publication date; relative dates ("today") are resolved from it.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Publisher.</summary>
    public string? Publisher { get; init; }

    /// <summary>Address.</summary>
    public string? Url { get; init; }

    /// <summary>Source id in the output; derived from the file name when absent.</summary>
    public string? SourceId { get; init; }
}
