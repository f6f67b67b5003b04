using ActorGraph.Core.Model;
using ActorGraph.Reading.Facts;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>A sentence naming mediators: who, by which rule, the parties it names itself (if any), and
/// whether it speaks of an offer (proposed) rather than mediation under way.</summary>
internal sealed record MediationCue(
    IReadOnlyList<DocActor> Mediators,
    (DocActor A, DocActor B)? Parties,
    IReadOnlyList<DocActor> OtherActors,
    Modality Modality,
    bool Offer,
    PartialDate? Date,
    FactLocation Where,
    int SentenceIndex,
    string Rule,
    string Quote)
{
    /// <summary>The pair of sides the report had in view when the cue was read (what "the Parties" meant then), if any.</summary>
    public (DocActor A, DocActor B)? Focus { get; init; }

    /// <summary>Sides beyond the pair that the cue's sentence names together with it ("brought together A, B, C and D": C and D).</summary>
    public IReadOnlyList<DocActor> MoreParties { get; init; } = [];

    /// <summary>The whole sentence of the cue (the quote is a window around its word).</summary>
    public string Sentence { get; init; } = "";
}
