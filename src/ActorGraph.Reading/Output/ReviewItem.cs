using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Output;

/// <summary>One proposed fact in the review file: what it is, where it comes from, which rule, how sure,
/// and what it would change in the graph it is merged into.</summary>
/// <param name="Kind">"actor", "relation" or "process".</param>
/// <param name="Id">Id in the output seed.</param>
/// <param name="Summary">One line in words.</param>
/// <param name="Rule">The rule that produced it.</param>
/// <param name="Confidence">0..1.</param>
/// <param name="Where">The sentence (paragraph and character offsets).</param>
/// <param name="Change">"new actor", "known actor ...", "new tie", "already on record ...", "contradicts ...".</param>
/// <param name="Quote">The quoted words, when the fact has them.</param>
public sealed record ReviewItem(string Kind, string Id, string Summary, string Rule, double Confidence, FactLocation Where, string Change, string? Quote);
