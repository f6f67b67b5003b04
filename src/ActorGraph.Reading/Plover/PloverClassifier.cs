using ActorGraph.Reading.Facts;
using ActorGraph.Reading.Lexicon;
using ActorGraph.Reading.Recognition;
using ActorGraph.Reading.Rules;
using ActorGraph.Reading.Text;

namespace ActorGraph.Reading.Plover;

/// <summary>Codes one sentence in PLOVER: the earliest trigger word after the first actor (attribution
/// frames such as "officials said" skipped) gives the category; the actor before it is the source and the
/// first actor after it the target. A baseline for the event coders analysts know, not the reader's
/// graph rules (which use the seed vocabulary).</summary>
public static class PloverClassifier
{
    public static PloverCoding Code(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var where = new FactLocation("plover", 1, 0, sentence.Length, sentence);
        var s = new SentenceContext(new Sentence(1, 0, 0, sentence), where, new DocumentActors(), new Discourse(), ActorLexicon.Default);
        MentionFinder.Find(s);
        var mentions = s.Mentions.Where(m => m.Role != MentionRole.Place).OrderBy(m => m.First).ToList();
        var firstActorEnd = mentions.Count > 0 ? s.Tokens[mentions[0].Last].End : 0;

        // The earliest trigger after the subject wins; one before it only when there is none after.
        (string Category, int At, bool AfterSubject)? best = null;
        foreach (var (category, trigger) in PloverLexicon.Triggers)
        {
            foreach (var match in trigger.EnumerateMatches(sentence))
            {
                if (IsAttribution(sentence, match.Index)) continue;
                var after = match.Index >= firstActorEnd;
                if (best is not { } b || (after && !b.AfterSubject) || (after == b.AfterSubject && match.Index < b.At)) best = (category, match.Index, after);
                break;
            }
        }
        if (best is null) return new PloverCoding(null, [], []);
        var triggerAt = best.Value.At;
        var token = RuleEngine.TokenAt(s, triggerAt);
        var source = mentions.Where(m => m.Last < token).Select(m => s.Span(m.First, m.Last)).TakeLast(1).ToList();
        var target = mentions.Where(m => m.First > token).Select(m => s.Span(m.First, m.Last)).Take(1).ToList();
        return new PloverCoding(best.Value.Category, source, target);
    }

    private static bool IsAttribution(string sentence, int at)
    {
        var before = sentence[..at];
        return before.EndsWith("officials ", StringComparison.OrdinalIgnoreCase) || before.EndsWith("sources ", StringComparison.OrdinalIgnoreCase);
    }
}
