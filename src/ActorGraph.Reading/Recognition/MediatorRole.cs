using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Recognition;

/// <summary>"The Mediator thanked the Parties", "the Chief Mediator urged them": a communiqué's capitalised role noun used as a
/// name, once a mediation cue has named who mediates. It stands for the one person among the last cue's mediators, else for
/// its one mediator; with several and no single person it stays unread. A role noun followed by a comma ("The Chief Mediator,
/// General X, facilitated") introduces a name and is left to the title rules.</summary>
internal static class MediatorRole
{
    /// <summary>The last token of "the [Chief|Lead|Joint] Mediator|Facilitator" (capitalised) starting at <paramref name="i"/>, or null.</summary>
    public static int? End(SentenceContext s, int i)
    {
        var k = i + 1;
        if (s.KeyAt(k) is "chief" or "lead" or "joint" && k < s.Tokens.Count && s.Tokens[k].IsCapitalised) k++;
        if (s.KeyAt(k) is not ("mediator" or "facilitator")) return null;
        // "The mediator shuttled between ...": the plain singular noun right after "the" is the same role in news style.
        if (!s.Tokens[k].IsCapitalised && (k != i + 1 || s.KeyAt(k) != "mediator" || s.KeyAt(k + 1) == "'s")) return null;
        return s.KeyAt(k + 1) == "," ? null : k;
    }

    /// <summary>Who the role noun stands for: the single person among the last mediators, else the single mediator.</summary>
    public static DocActor? Holder(Discourse d)
    {
        var people = d.LastMediators.Where(a => a.Kind == ActorKind.Person).Distinct().ToList();
        if (people.Count == 1) return people[0];
        return d.LastMediators.Count == 1 ? d.LastMediators[0] : null;
    }
}
