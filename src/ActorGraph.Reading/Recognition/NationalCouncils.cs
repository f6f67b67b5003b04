using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Recognition;

/// <summary>"Russia's Security Council", "Israel's National Security Council": a state's "'s" before a security council names
/// that state's own council, not the UN Security Council the tables list under the short name. The council is an agency of the
/// state; an office right after it ("Russia's Security Council secretary, NAME") is read with the council as the body and the
/// state as the holder's home (<see cref="Persons.TryTitleFirst"/>). "the Security Council" with no state before it stays the UN's.</summary>
internal static class NationalCouncils
{
    public static int? TryResolve(SentenceContext s, int i)
    {
        if (s.KeyAt(i) != "'s" || s.Mentions.LastOrDefault(m => m.Last == i - 1) is not { Actors: [{ Kind: ActorKind.State } state] } owner) return null;
        var k = i + 1;
        if (s.KeyAt(k) == "national" && s.Tokens[k].IsCapitalised) k++;
        if (s.KeyAt(k) != "security" || s.KeyAt(k + 1) != "council" || !s.Tokens[k].IsCapitalised || !s.Tokens[k + 1].IsCapitalised) return null;
        var end = k + 2;
        var council = s.Actors.GetOrCreate($"{s.Span(i + 1, end - 1)} of {state.Name}", ActorKind.Agency, state.Country, s.Where, "national-council");
        s.Actors.AddAlias(council, s.Span(owner.First, end - 1));
        council.Description ??= $"{state.Name}'s own security council, named in the report as \"{s.Span(owner.First, end - 1)}\".";
        s.PartOf(council, state, "national-council", owner.First, end - 1);
        if (end < s.Tokens.Count && Lexicon.RoleWords.MatchTitle(s.Tokens, end) is not null && Persons.TryTitleFirst(s, end, council, owner.First) is { } titled)
            return titled;
        s.Add(council, i + 1, end - 1, MentionRole.Actor, "national-council");
        return end;
    }
}
