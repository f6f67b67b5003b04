namespace ActorGraph.Import.Aggregation;

/// <summary>The few numbers kept for an evidence event on the hot path; turned into an
/// <see cref="EvidenceDraft"/> (notes, titles) only when the graph is built.</summary>
/// <param name="EventId">The event's id in its data set.</param>
/// <param name="Code">The event code as given (CAMEO).</param>
/// <param name="Goldstein">Goldstein score.</param>
/// <param name="Sources">Number of sources.</param>
/// <param name="Date">Event date.</param>
/// <param name="Published">When the source was published, where the data set says so apart from the event date
/// (GDELT's DATEADDED: SQLDATE can name an earlier day the article refers to).</param>
public readonly record struct EvidenceFacts(long EventId, CodeText Code, double Goldstein, int Sources, DateOnly Date, DateOnly? Published = null);

/// <summary>An event code of up to four characters held without a string.</summary>
public readonly record struct CodeText(char C0, char C1, char C2, char C3, int Length)
{
    /// <summary>Copies up to four characters of <paramref name="code"/>.</summary>
    public static CodeText From(ReadOnlySpan<char> code) => new(
        code.Length > 0 ? code[0] : '\0', code.Length > 1 ? code[1] : '\0',
        code.Length > 2 ? code[2] : '\0', code.Length > 3 ? code[3] : '\0', Math.Min(4, code.Length));

    /// <inheritdoc />
    public override string ToString() => new string([C0, C1, C2, C3], 0, Length);
}
