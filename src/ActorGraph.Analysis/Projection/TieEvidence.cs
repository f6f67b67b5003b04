using System.Collections.Immutable;
using System.Text.Json.Serialization;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Projection;

/// <summary>One item of evidence, with the source's title, date and address resolved, so that it can be cited.</summary>
/// <param name="SourceId">The source's id.</param>
/// <param name="SourceTitle">Its title, when the graph knows the source.</param>
/// <param name="Locator">Where in the source (e.g. <c>para 2</c>).</param>
/// <param name="Note">What it says, in our words.</param>
/// <param name="SourceDate">The source's date, when recorded.</param>
/// <param name="Url">The source's address, when recorded.</param>
/// <remarks>The title, date and URL are written to JSON even when null, so that every evidence item of an
/// answer shows what is (and is not) on record to cite it.</remarks>
public sealed record EvidenceItem(
    string SourceId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? SourceTitle,
    string? Locator,
    string? Note,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateOnly? SourceDate = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Url = null)
{
    /// <summary>Resolves the evidence list of a relation or process against the graph's sources.</summary>
    public static ImmutableArray<EvidenceItem> Of(ImmutableArray<Evidence> evidence, ActorGraphData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return [.. evidence.Select(e =>
        {
            var source = data.SourcesById.GetValueOrDefault(e.SourceId);
            return new EvidenceItem(e.SourceId, source?.Title, e.Locator, e.Note, source?.Date, source?.Url);
        })];
    }
}

/// <summary>A relation as shown to a user: who, what kind, when, how strong, and on what evidence.</summary>
/// <param name="RelationId">The relation's id.</param>
/// <param name="Kind">Its kind name (e.g. <c>negotiates</c>).</param>
/// <param name="Sign">Its sign.</param>
/// <param name="Source">Actor id at the tail.</param>
/// <param name="Target">Actor id at the head.</param>
/// <param name="When">When it held.</param>
/// <param name="Strength">Its strength in 0..1 (bigger is stronger).</param>
/// <param name="Confidence">Its confidence in 0..1.</param>
/// <param name="Modality">Reported, claimed, hoped or denied.</param>
/// <param name="Evidence">Where it comes from.</param>
public sealed record TieEvidence(
    string RelationId,
    string Kind,
    RelationSign Sign,
    string Source,
    string Target,
    DateRange When,
    double Strength,
    double Confidence,
    Modality Modality,
    ImmutableArray<EvidenceItem> Evidence)
{
    /// <summary>The user-facing view of <paramref name="relation"/>.</summary>
    public static TieEvidence Of(Relation relation, ActorGraphData data)
    {
        ArgumentNullException.ThrowIfNull(relation);
        return new(relation.Id, relation.Kind.Name, relation.Sign, relation.Source, relation.Target, relation.When,
            relation.Strength, relation.Confidence, relation.Modality, EvidenceItem.Of(relation.Evidence, data));
    }
}
