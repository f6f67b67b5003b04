using ActorGraph.Core.Model;

namespace ActorGraph.Service.Reading;

/// <summary>The answer of <c>POST /api/read</c>: the proposed facts for review, against the served graph.</summary>
/// <param name="Version">The graph version the facts were compared with (send it back with the decisions).</param>
/// <param name="Report">What is known about the report.</param>
/// <param name="Notes">What the reader noticed but did not turn into facts.</param>
/// <param name="Facts">Every proposed fact, in report order within each kind (actors, relations, processes).</param>
/// <param name="Proposed">The new records the facts would add, for drawing them on the graph.</param>
/// <param name="CanSave">True when the service may save into its seed folder (<c>serve --allow-writes</c>);
/// otherwise the accepted facts can only be downloaded.</param>
public sealed record ReviewAnswer(
    long Version,
    ReviewReport Report,
    IReadOnlyList<string> Notes,
    IReadOnlyList<ReviewFact> Facts,
    ProposedRecords Proposed,
    bool CanSave);

/// <summary>The records the proposed facts would add (new actors, the report as a source, the relations and
/// processes), shaped like <c>/api/graph</c>'s, so the page draws them the same way.</summary>
public sealed record ProposedRecords(
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<Relation> Relations,
    IReadOnlyList<MediationProcess> Processes,
    IReadOnlyList<Source> Sources);

/// <summary>The report read.</summary>
public sealed record ReviewReport(string SourceId, string? Title, DateOnly? Date, string? Publisher, string? Url, int Paragraphs, int Sentences);

/// <summary>One proposed fact.</summary>
/// <param name="Id">Its id: the actor, relation or process id it would have in the seed.</param>
/// <param name="Kind"><c>actor</c>, <c>relation</c> or <c>process</c>.</param>
/// <param name="Summary">One line in words.</param>
/// <param name="Effect">What accepting it changes: <c>new-actor</c>, <c>known-actor</c> (already in the graph: nothing
/// to accept), <c>new-tie</c>, <c>on-record</c> (the same tie is on record: accepting adds this evidence),
/// <c>contradicts</c> (a tie on record says the opposite) or <c>new-process</c>.</param>
/// <param name="Change">The effect in words, naming the record it concerns.</param>
/// <param name="Rule">The reading rule that proposed it.</param>
/// <param name="Confidence">0..1.</param>
/// <param name="Paragraph">1-based paragraph of the sentence.</param>
/// <param name="Start">Offset of the sentence's first character in its paragraph.</param>
/// <param name="End">Offset just past its last character.</param>
/// <param name="Sentence">The sentence, quoted.</param>
/// <param name="Quote">The words that triggered the rule, quoted from the sentence, when the fact has them.</param>
/// <param name="Needs">New actors this fact refers to: accepting it needs them accepted too.</param>
/// <param name="Reviewable">False for a known actor: there is nothing to accept or reject.</param>
public sealed record ReviewFact(
    string Id,
    string Kind,
    string Summary,
    string Effect,
    string Change,
    string Rule,
    double Confidence,
    int Paragraph,
    int Start,
    int End,
    string Sentence,
    string? Quote,
    IReadOnlyList<string> Needs,
    bool Reviewable);
