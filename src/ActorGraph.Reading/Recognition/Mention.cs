namespace ActorGraph.Reading.Recognition;

/// <summary>A stretch of a sentence that names or refers to one or more actors.</summary>
/// <param name="Actors">The actors (two for "both sides" or "we" in a joint declaration).</param>
/// <param name="First">Index of the first token.</param>
/// <param name="Last">Index of the last token (inclusive).</param>
/// <param name="Role">What the mention can be used for.</param>
/// <param name="Rule">The rule that recognised it.</param>
internal sealed record Mention(IReadOnlyList<DocActor> Actors, int First, int Last, MentionRole Role, string Rule)
{
    public DocActor Actor => Actors[0];

    public bool IsArgument => Role == MentionRole.Actor;
}
