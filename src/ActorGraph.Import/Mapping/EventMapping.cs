using ActorGraph.Core.Model;

namespace ActorGraph.Import.Mapping;

/// <summary>What an event becomes in the model: a relation kind, how it is reported, and a topic.</summary>
/// <param name="Index">Position in <see cref="EventMappings.All"/>; aggregation keys hold this small number.</param>
/// <param name="Tag">Short kebab-case name, unique; part of relation ids (<c>mediates</c>, <c>mediates-intent</c>).</param>
/// <param name="Kind">The relation kind (its sign and direction come with it).</param>
/// <param name="Modality">Reported, or Hoped for an announced intent.</param>
/// <param name="Topic">A topic put on the tie (<c>mediation</c>, <c>ceasefire</c>), or null.</param>
/// <param name="MediationSignal">True when the event is evidence that the source mediates or negotiates
/// with the target: these rebuild mediation triangles.</param>
/// <param name="Label">What the event means, in a few words, for evidence notes.</param>
public sealed record EventMapping(
    int Index,
    string Tag,
    RelationKind Kind,
    Modality Modality,
    string? Topic,
    bool MediationSignal,
    string Label);
