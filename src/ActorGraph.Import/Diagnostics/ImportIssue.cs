namespace ActorGraph.Import.Diagnostics;

/// <summary>One reported problem row: where it is and what is wrong with it.</summary>
/// <param name="File">The input file as the user named it.</param>
/// <param name="Line">1-based line number in the (decompressed) file.</param>
/// <param name="Reason">Why the row was skipped.</param>
/// <param name="Detail">What exactly was wrong ("61 columns expected, found 12").</param>
public sealed record ImportIssue(string File, long Line, SkipReason Reason, string Detail)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}: {Reason.Label()}: {Detail}";
}
