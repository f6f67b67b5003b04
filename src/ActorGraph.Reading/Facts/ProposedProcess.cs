using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Facts;

/// <summary>A mediation process the reader proposes.</summary>
/// <param name="Id">Id in the output seed.</param>
/// <param name="Name">Name built from its parties and topics.</param>
/// <param name="Parties">Actor ids of the parties.</param>
/// <param name="Mediators">Actor ids of the mediators.</param>
/// <param name="Topics">Topics named near the mediation.</param>
/// <param name="Status">Agreed, ongoing or proposed.</param>
/// <param name="Date">Date of the agreement or talks, when the text gives one.</param>
/// <param name="Evidence">Sentences naming the mediators (first) and the parties.</param>
/// <param name="Rules">Rules that contributed.</param>
/// <param name="Confidence">0..1.</param>
/// <param name="Modality">The modality of the mediation (claimed when only one side says so).</param>
/// <param name="PartiesFrom">How the parties were found: the same sentence, the paragraph or the report's main conflict.</param>
public sealed record ProposedProcess(
    string Id,
    string Name,
    IReadOnlyList<string> Parties,
    IReadOnlyList<string> Mediators,
    IReadOnlyList<string> Topics,
    ProcessStatus Status,
    PartialDate? Date,
    IReadOnlyList<FactLocation> Evidence,
    IReadOnlyList<string> Rules,
    double Confidence,
    Modality Modality,
    string PartiesFrom);
