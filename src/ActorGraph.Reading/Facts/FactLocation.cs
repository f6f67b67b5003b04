namespace ActorGraph.Reading.Facts;

/// <summary>Where a proposed fact comes from: the sentence, located by paragraph and character offsets.</summary>
/// <param name="SourceId">Id of the report in the output seed.</param>
/// <param name="Paragraph">1-based paragraph number.</param>
/// <param name="Start">Offset of the sentence's first character in the paragraph.</param>
/// <param name="End">Offset just past the sentence's last character.</param>
/// <param name="Sentence">The sentence, for the review file (never written into the seed).</param>
public sealed record FactLocation(string SourceId, int Paragraph, int Start, int End, string Sentence)
{
    /// <summary>The seed locator: <c>para 2, chars 15-140</c>.</summary>
    public string Locator => $"para {Paragraph}, chars {Start}-{End}";
}
