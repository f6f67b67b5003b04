using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>What an agreement holds, listed after a colon: "X and Y reached agreement on three points: a ceasefire in the port,
/// an exchange of prisoners ...". The colon opens a new clause for the argument finder, so "a ceasefire" had no subject; when
/// the clause before the colon agreed, signed or reached something, its subject is the subject of what is listed.</summary>
internal static class ColonContent
{
    public static List<Mention> Subject(SentenceContext s, int trigger)
    {
        var start = Arguments.ClauseStart(s, trigger);
        var colon = start - 1;
        if (colon < 1 || s.KeyAt(colon) != ":") return [];
        var before = Arguments.ClauseStart(s, colon);
        var clause = s.Text[s.Tokens[before].Start..s.Tokens[colon].Start];
        return RelationRules.AgreementWords().IsMatch(clause) ? Arguments.Subject(s, colon) : [];
    }
}
