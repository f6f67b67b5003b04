using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Recognition;

/// <summary>"clashed with government forces", "NAS and government troops": a state's forces named by the word "government" alone
/// act for the government the report last named (else the one state among the sides in view), as "the government" does. A
/// capitalised "Government" (a name's word) and a demonym before it ("Sudanese government forces", read as the state) are left
/// to the other rules.</summary>
internal static class GovernmentForces
{
    public static int? TryResolve(SentenceContext s, int i)
    {
        if (s.KeyAt(i) != "government" || s.Tokens[i].IsCapitalised || s.KeyAt(i + 1) is not ("forces" or "troops" or "soldiers")) return null;
        if (s.Mentions.Any(m => m.Last == i - 1)) return null;
        var government = s.Actors.All.LastOrDefault(a => a.Kind == ActorKind.Government) ?? StateInView(s);
        if (government is null) return null;
        s.Add(government, i, i + 1, MentionRole.Actor, "coref-government-forces");
        return i + 2;
    }

    private static DocActor? StateInView(SentenceContext s)
    {
        if ((s.Discourse.DefinedPair ?? s.Discourse.LastPair) is not var (a, b)) return null;
        return (a.Kind == ActorKind.State, b.Kind == ActorKind.State) switch { (true, false) => a, (false, true) => b, _ => null };
    }
}
