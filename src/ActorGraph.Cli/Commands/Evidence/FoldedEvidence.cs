using ActorGraph.Analysis.Projection;

namespace ActorGraph.Cli.Commands.Evidence;

/// <summary>One distinct piece of evidence in an answer, however often the answer cites it.</summary>
/// <param name="Number">Its reference number in the answer, from 1.</param>
/// <param name="Item">The evidence (source, paragraph, note, and the source's title, date and URL).</param>
/// <param name="Count">How many times the answer cites it.</param>
/// <param name="Supports">The actors (or hops) it supports, in first-cited order, each once.</param>
internal sealed record FoldedEvidence(int Number, EvidenceItem Item, int Count, IReadOnlyList<string> Supports);
