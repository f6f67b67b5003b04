using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Rules;

/// <summary>A date expression in a sentence: its value (a range for "1904–05") and where it is.</summary>
internal sealed record DateMention(PartialDate Start, PartialDate? End, int At, int Until);
