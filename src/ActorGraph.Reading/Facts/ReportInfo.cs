namespace ActorGraph.Reading.Facts;

/// <summary>What is known about a report: from its header lines, its HTML head, or options.</summary>
/// <param name="SourceId">Id of the source in the output seed.</param>
/// <param name="Path">The file read, or "-" for standard input.</param>
/// <param name="Title">Title.</param>
/// <param name="Date">Publication date, when known; relative dates ("today") need it.</param>
/// <param name="Publisher">Publisher.</param>
/// <param name="Url">Address.</param>
public sealed record ReportInfo(string SourceId, string Path, string? Title, DateOnly? Date, string? Publisher, string? Url)
{
    /// <summary>Where the date came from (the `# date:` header, the HTML head, a dateline line, the date option).</summary>
    public string? DateFrom { get; init; }
}
