namespace ActorGraph.Analysis.Semantics;

/// <summary>One step of a roll-up: a person, agency or delegation answering for the actor it leads or belongs to.</summary>
/// <param name="ActorId">The actor asked about.</param>
/// <param name="HeadId">The actor it answers for.</param>
/// <param name="Kind"><c>leads</c>, <c>part-of</c> or <c>member-of</c>.</param>
/// <param name="RelationId">The relation that says so.</param>
/// <param name="Phrase">"Benjamin Netanyahu, who leads Israel".</param>
public sealed record RollUpStep(string ActorId, string HeadId, string Kind, string RelationId, string Phrase);
