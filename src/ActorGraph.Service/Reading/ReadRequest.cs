namespace ActorGraph.Service.Reading;

/// <summary>A report to read: its text (plain, Markdown or HTML; pasted or the content of an uploaded file)
/// and what the analyst knows about it. Metadata given here wins over the report's own header.</summary>
/// <param name="Text">The report.</param>
/// <param name="Format"><c>auto</c> (default: HTML when it looks like HTML, else plain text), <c>text</c>,
/// <c>markdown</c> or <c>html</c>.</param>
/// <param name="FileName">The uploaded file's name; its extension sets the format when <paramref name="Format"/> is auto.</param>
/// <param name="Title">Title.</param>
/// <param name="Date">Publication date, YYYY-MM-DD; relative dates ("on Tuesday") need it.</param>
/// <param name="Publisher">Publisher.</param>
/// <param name="Url">Address of the report.</param>
public sealed record ReadRequest(
    string? Text,
    string? Format = null,
    string? FileName = null,
    string? Title = null,
    string? Date = null,
    string? Publisher = null,
    string? Url = null);

/// <summary>The analyst's decisions on a reading: the report again (it is read again, so only facts the
/// reader proposes can be saved), the graph version it was reviewed against, and the ids of the facts accepted.
/// Every fact not accepted is left out.</summary>
/// <param name="Report">The report, as sent to <c>/api/read</c>.</param>
/// <param name="Version">The graph version the reading answered with; a save against a changed graph is refused.</param>
/// <param name="Accepted">Ids of the accepted facts (actors, relations, processes).</param>
public sealed record ReviewDecision(ReadRequest? Report, long? Version, IReadOnlyList<string>? Accepted);
