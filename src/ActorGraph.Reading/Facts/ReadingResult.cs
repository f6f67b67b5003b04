namespace ActorGraph.Reading.Facts;

/// <summary>Everything the reader proposes for one report.</summary>
/// <param name="Report">The report's metadata.</param>
/// <param name="Actors">Proposed actors.</param>
/// <param name="Relations">Proposed relations.</param>
/// <param name="Processes">Proposed mediation processes.</param>
/// <param name="Notes">What the reader noticed but did not turn into facts (a denial of comment, an unnamed party).</param>
/// <param name="Paragraphs">Paragraphs read.</param>
/// <param name="Sentences">Sentences read.</param>
public sealed record ReadingResult(
    ReportInfo Report,
    IReadOnlyList<ProposedActor> Actors,
    IReadOnlyList<ProposedRelation> Relations,
    IReadOnlyList<ProposedProcess> Processes,
    IReadOnlyList<string> Notes,
    int Paragraphs,
    int Sentences);
