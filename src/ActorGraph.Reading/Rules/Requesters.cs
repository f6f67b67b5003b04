using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>"At the request of the United States, President X of Costa Rica opened mediation talks": the one at whose request (behest,
/// urging) a mediator acts asked for the mediation and is no mediator of it. The actors named in such a phrase before the cue word,
/// up to its closing comma, leave the cue's mediators unless the sentence names them again outside the phrase ("at the request of
/// both sides", with no actor, changes nothing).</summary>
internal static class Requesters
{
    public static List<DocActor> Without(SentenceContext s, int token, List<DocActor> mediators)
    {
        var asked = new List<DocActor>();
        var spans = new List<(int From, int To)>();
        for (var k = 0; k + 3 < Math.Min(token, s.Tokens.Count); k++)
        {
            if (s.KeyAt(k) is not ("at" or "upon" or "on") || s.KeyAt(k + 1) != "the" || s.KeyAt(k + 2) is not ("request" or "behest" or "urging") || s.KeyAt(k + 3) != "of") continue;
            var end = k + 4;
            while (end < token && s.KeyAt(end) is not ("," or ";" or ":")) end++;
            spans.Add((k + 4, end - 1));
        }
        if (spans.Count == 0) return mediators;
        bool Inside(Mention m) => spans.Any(x => m.First >= x.From && m.Last <= x.To);
        foreach (var m in s.Mentions.Where(Inside))
            foreach (var a in m.Actors)
                if (!s.Mentions.Any(o => !Inside(o) && o.Actors.Contains(a)) && !asked.Contains(a)) asked.Add(a);
        return asked.Count == 0 ? mediators : mediators.Where(m => !asked.Contains(m)).ToList();
    }
}
