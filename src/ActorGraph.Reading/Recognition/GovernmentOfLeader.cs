using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Recognition;

/// <summary>"The government of President X", "backing the government of Prime Minister Y": a head of state or government named
/// with no country leads the government the phrase names: the government the sentence's "the government" refers to, else the
/// one state the report has named so far (the first state named when it has named several). Only the tie is recorded.</summary>
internal static class GovernmentOfLeader
{
    public static void Note(SentenceContext s)
    {
        foreach (var m in s.Mentions.ToList())
        {
            if (!HeadTitles.IsUnplacedHead(m)) continue;
            // The title may open the mention or stand before it: "of President Ashraf Ghani", "of [President] Ashraf Ghani".
            var k = HeadTitles.Start(s, m.First) - 1;
            if (s.KeyAt(k) != "of" || s.KeyAt(k - 1) != "government") continue;
            var at = k - 1;
            if (Enumerable.Range(Math.Max(0, at - 2), Math.Min(2, at)).Any(j => s.KeyAt(j) is "former" or "previous" or "late")) continue;
            var government = s.Mentions.FirstOrDefault(x => x.First <= at && at <= x.Last && x.Actors.Count == 1 && x.Actor.Kind is ActorKind.Government or ActorKind.State)?.Actor;
            if (government is null)
            {
                // No government named yet: the state itself (the tie is the same office; no new actor is made).
                var states = s.Actors.All.Where(a => a.Kind == ActorKind.State).ToList();
                if (states.Count == 0) continue;
                government = s.Actors.FindByName("Government of " + states[0].Name) ?? states[0];
            }
            // The tie only: the person's office stays unset, so "X's negotiators" is not made the government's delegation.
            s.Structural.Add(new Rules.RawRelation(m.Actor, government, RelationVocabulary.Leads, Modality.Reported, null, s.Where, "government-of-leader", 0.8,
                s.Quote(Math.Max(0, at - 1), Math.Min(s.Tokens.Count - 1, m.Last))));
        }
    }
}
