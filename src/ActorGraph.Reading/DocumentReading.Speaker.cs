using System.Text.RegularExpressions;
using ActorGraph.Reading.Text;

namespace ActorGraph.Reading;

// Who "I" is when the text names its speaker outside its sentences: a heading line "Remarks by NAME, TITLE, at ..." (a speech
// transcript), or a closing "(Signed) NAME" line under a letter.
internal sealed partial class DocumentReading
{
    /// <summary>Notes "(Signed) NAME" as the last paragraph, or a first paragraph "Remarks / Statement / Address / Speech /
    /// Testimony by NAME, TITLE ...", as the text's speaker, read (as a closing signer is) at the first "I", "my" or "me". A
    /// closing signature block with a title line, noted before, is kept.</summary>
    public void NoteNamedSpeaker(IReadOnlyList<Paragraph> paragraphs)
    {
        if (_closingSigner is not null || paragraphs.Count < 2) return;
        var last = paragraphs[^1];
        if (SignedLine().Match(last.Text.Trim()) is { Success: true } signed && IsBareName(signed.Groups["name"].Value))
        {
            _closingSigner = (last, signed.Groups["name"].Value.Trim(), signed.Groups["name"].Value.Trim());
            return;
        }
        var first = paragraphs[0];
        if (SpeechHeading().Match(first.Text) is { Success: true } heading && IsBareName(heading.Groups["name"].Value))
            _closingSigner = (first, heading.Groups["name"].Value.Trim(), heading.Groups["name"].Value.Trim() + ", " + heading.Groups["title"].Value.Trim());
    }

    [GeneratedRegex(@"^\((?:Signed|signed)\)\s+(?<name>[^\n()]{3,60})$", RegexOptions.CultureInvariant)]
    private static partial Regex SignedLine();

    [GeneratedRegex(@"^(?:(?:Opening|Closing|Prepared|Keynote)\s+)?(?:Remarks|Statement|Address|Speech|Testimony|Briefing|Lecture)\s+(?:by|of)\s+(?<name>[^,;:()]{3,60}),\s*(?<title>[^,;:()]{3,120})", RegexOptions.CultureInvariant)]
    private static partial Regex SpeechHeading();
}
