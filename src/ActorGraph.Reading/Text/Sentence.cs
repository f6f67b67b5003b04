namespace ActorGraph.Reading.Text;

/// <summary>One sentence of a report, located by paragraph and character offsets.</summary>
/// <param name="Paragraph">1-based paragraph number (blank-line-separated blocks after the header lines).</param>
/// <param name="Index">0-based position of the sentence in the whole report.</param>
/// <param name="Start">Offset of the first character within the paragraph text.</param>
/// <param name="Text">The sentence.</param>
public sealed record Sentence(int Paragraph, int Index, int Start, string Text)
{
    /// <summary>Offset just past the last character within the paragraph text.</summary>
    public int End => Start + Text.Length;
}
