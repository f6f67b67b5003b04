namespace ActorGraph.Seed.Reading;

/// <summary>A seed file that cannot be read as text: not a regular file, too large, not UTF-8. The message
/// says what to do; <see cref="ByteOffset"/> is where decoding stopped, when that is known.</summary>
internal sealed class SeedFileException : IOException
{
    public SeedFileException(string message, long byteOffset = -1) : base(message) => ByteOffset = byteOffset;

    public SeedFileException()
    {
    }

    public SeedFileException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>The offset of the offending byte, or -1.</summary>
    public long ByteOffset { get; } = -1;
}
