namespace ActorGraph.Reading.Text;

/// <summary>A paragraph of a report: a blank-line-separated block after the header lines.</summary>
/// <param name="Number">1-based paragraph number.</param>
/// <param name="Text">The text, lines joined by <c>\n</c>.</param>
/// <param name="Line">1-based line of the input file where the paragraph starts (for messages).</param>
public sealed record Paragraph(int Number, string Text, int Line);
