namespace ActorGraph.Import.Reading;

/// <summary>Bounds on what one input may expand to, so that a compression bomb or a file without line
/// breaks stops with a typed error (<see cref="Diagnostics.ImportLimitException"/>) instead of
/// exhausting memory.</summary>
/// <param name="MaxDecompressedBytes">Most bytes one gzip file or zip entry may decompress to.</param>
/// <param name="MaxLineChars">Longest line, in characters.</param>
public sealed record InputLimits(long MaxDecompressedBytes = InputLimits.DefaultMaxDecompressedBytes, int MaxLineChars = InputLimits.DefaultMaxLineChars)
{
    /// <summary>16 GiB: five times a month of GDELT 2.0 events.</summary>
    public const long DefaultMaxDecompressedBytes = 16L << 30;

    /// <summary>1 Mi characters: a GDELT row is under 2,000, a PLOVER record under 10,000.</summary>
    public const int DefaultMaxLineChars = 1 << 20;

    /// <summary>The defaults.</summary>
    public static InputLimits Default { get; } = new();
}
