namespace ActorGraph.Reading.Rules;

/// <summary>What the process builder needs to know of a sentence it may not keep: its paragraph, whether
/// it states an agreement (signed, agreed, reached; not hoped), and its topics.</summary>
internal sealed record SentenceNote(int Paragraph, bool Agreement, IReadOnlyList<string> Topics);
