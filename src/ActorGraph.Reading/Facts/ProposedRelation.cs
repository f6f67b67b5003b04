using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Facts;

/// <summary>A relation the reader proposes.</summary>
/// <param name="Source">Actor id at the tail.</param>
/// <param name="Target">Actor id at the head.</param>
/// <param name="Kind">Relation kind (its sign and direction come with it).</param>
/// <param name="Modality">Reported, claimed, hoped or denied.</param>
/// <param name="Date">When, as precise as the text says; null when the text gives no date.</param>
/// <param name="Topics">Topics named in the sentence.</param>
/// <param name="Where">The sentence it comes from.</param>
/// <param name="Rule">The rule that produced it.</param>
/// <param name="Confidence">0..1.</param>
/// <param name="Quote">The words that triggered the rule, quoted from the sentence (a few words).</param>
/// <param name="End">End of a period, when the text gives one ("the war of 1904–05").</param>
public sealed record ProposedRelation(
    string Source,
    string Target,
    RelationKind Kind,
    Modality Modality,
    PartialDate? Date,
    IReadOnlyList<string> Topics,
    FactLocation Where,
    string Rule,
    double Confidence,
    string Quote,
    PartialDate? End = null);
