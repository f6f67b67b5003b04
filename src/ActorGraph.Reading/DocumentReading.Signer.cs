using System.Text.RegularExpressions;
using ActorGraph.Core.Model;
using ActorGraph.Reading.Facts;
using ActorGraph.Reading.Recognition;
using ActorGraph.Reading.Text;

namespace ActorGraph.Reading;

// A first-person text signed at its end ("I held meetings ... under my auspices" ... "NAME / Secretary-General"): who "I" is.
internal sealed partial class DocumentReading
{
    private (Paragraph Paragraph, string Name, string Title)? _closingSigner;

    /// <summary>Notes a closing signature block, a bare name line with a title line under it, in the last two paragraphs (a
    /// place-and-date line may follow it), so that "I", "my" and "me" before it can be read as the signer.</summary>
    public void NoteClosingSigner(IReadOnlyList<Paragraph> paragraphs)
    {
        for (var k = paragraphs.Count - 1; k >= Math.Max(1, paragraphs.Count - 2); k--)
        {
            var sentences = SentenceSplitter.Split(paragraphs[k].Text).ToList();
            if (sentences.Count is < 2 or > 3 || !IsBareName(sentences[0].Text) || !StartsWithTitle(sentences[1].Text)) continue;
            _closingSigner = (paragraphs[k], sentences[0].Text.Trim(), sentences[1].Text);
            return;
        }
    }

    /// <summary>The first sentence in the first person singular of a text with no speaker yet makes the closing signer the
    /// speaker: the signer is read from the signature block (name and title) without its facts, which come when the block is
    /// read in its place. The discourse's last persons are kept as they were.</summary>
    private void SignerSpeaks(Sentence sentence)
    {
        if (_closingSigner is not { } signer || _discourse.Speakers.Count > 0 || !FirstPersonSingular().IsMatch(sentence.Text)) return;
        _closingSigner = null;
        var where = new FactLocation(info.SourceId, signer.Paragraph.Number, 0, signer.Title.Length, signer.Title);
        var (lastPerson, lastSubject) = (_discourse.LastPerson, _discourse.LastSubjectPerson);
        _discourse.PendingSignatureName = signer.Name;
        var s = new SentenceContext(new Sentence(signer.Paragraph.Number, sentence.Index, 0, signer.Title), where, _actors, _discourse, _lexicon);
        MentionFinder.Find(s);
        _discourse.PendingSignatureName = null;
        (_discourse.LastPerson, _discourse.LastSubjectPerson) = (lastPerson, lastSubject);
        if (s.Mentions.FirstOrDefault(m => m.Actors.Count == 1 && m.Actor.Kind == ActorKind.Person) is { } person) _discourse.Speakers.Add(person.Actor);
    }

    [GeneratedRegex(@"\b(?:I|my|me)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPersonSingular();
}
