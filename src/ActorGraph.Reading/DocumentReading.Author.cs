using System.Text.RegularExpressions;
using ActorGraph.Core.Model;
using ActorGraph.Reading.Recognition;
using ActorGraph.Reading.Text;

namespace ActorGraph.Reading;

// An op-ed's author note ("The author worked for X in 2000.", "The writer is a former official of X."): who "we" are.
internal sealed partial class DocumentReading
{
    /// <summary>An author note read before any first person makes the body it names the speaker: "we", "our" and "us" after it are
    /// that body (an op-ed by its former staff). The first body named in the note that is no person, and only one.</summary>
    private void AuthorNote(SentenceContext s)
    {
        if (_discourse.Speakers.Count > 0 || !AuthorNoteWords().IsMatch(s.Sentence.Text)) return;
        if (s.Mentions.Where(m => m.Actors.Count == 1 && m.Actor.Kind != ActorKind.Person).MinBy(m => m.First) is { } body)
            _discourse.Speakers.Add(body.Actor);
    }

    [GeneratedRegex(@"^\s*(?:The|This) (?:author|writer)(?: \([^()]{1,60}\))? (?:(?:has )?work(?:ed|s) (?:for|at|with)|(?:has )?serv(?:ed|es) (?:with|at|in)|(?:is|was) (?:a |an |the )?(?:former |senior |retired )?(?:[\w-]+ ){0,2}(?:official|staff member|member of staff|adviser|advisor|director|officer|employee|mediator|negotiator|envoy|head) (?:of|at|with|for))\b", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorNoteWords();
}
