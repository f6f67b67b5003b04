using ActorGraph.Core.Model;
using ActorGraph.Reading.Facts;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>A relation found while reading, between report actors (turned into a
/// <see cref="ProposedRelation"/> once the report is read).</summary>
internal sealed record RawRelation(
    DocActor Source,
    DocActor Target,
    RelationKind Kind,
    Modality Modality,
    PartialDate? Date,
    FactLocation Where,
    string Rule,
    double Confidence,
    string Quote)
{
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>End of a period ("the war of 1904–05"), when the text gives one.</summary>
    public PartialDate? End { get; init; }
}
