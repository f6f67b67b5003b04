using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>A state's political opposition, named or not: "the country's main opposition alliance", "the Venezuelan
/// opposition", "the opposition Unitary Platform", "the opposition". All are one actor per report: the first form met
/// creates it (by its name when one follows "opposition", else "&lt;Adjective&gt; opposition"), a name met later becomes
/// an alias. "Opposition leader X" is a title and is left to the title rules.</summary>
internal static class Opposition
{
    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "main", "largest", "biggest", "political", "democratic", "united", "exiled", "mainstream", "principal", "unified",
    };

    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal)
    {
        "alliance", "coalition", "bloc", "parties", "party", "movement", "platform", "groups", "forces",
    };

    public static int? TryResolve(SentenceContext s, int i)
    {
        if (s.KeyAt(i) != "the") return null;
        var k = i + 1;
        DocActor? state = null;
        if (s.KeyAt(k) == "country" && s.KeyAt(k + 1) == "'s")
        {
            state = s.Actors.All.LastOrDefault(a => a.Kind == ActorKind.State);
            k += 2;
        }
        else if (s.Lexicon.Match(s.Tokens, k, s.Text) is { Entry: { Actor.Kind: ActorKind.State, Form: EntryForm.Name or EntryForm.Demonym } } m)
        {
            state = s.Actors.FromTemplate(m.Entry.Actor, s.Where, "lexicon");
            // The state named only as the opposition's adjective is no actor of the sentence.
            if (state.Mentions <= 1) state.Weak = true;
            state.Mentions--;
            k += m.Length;
            if (s.KeyAt(k) == "'s") k++;
        }
        while (Modifiers.Contains(s.KeyAt(k))) k++;
        if (s.KeyAt(k) != "opposition" || s.KeyAt(k + 1) is "leader" or "leaders" or "to" or "of") return null;
        var end = k + 1;
        if (Heads.Contains(s.KeyAt(end))) end++;
        string? named = null;
        var nameEnd = end;
        while (nameEnd < s.Tokens.Count && nameEnd - end < 4 && (s.Tokens[nameEnd].IsCapitalised && s.Tokens[nameEnd].IsWord || NumberedNames.IsDayInName(s, nameEnd))
            && s.Lexicon.Match(s.Tokens, nameEnd, s.Text) is null && RoleWords.MatchTitle(s.Tokens, nameEnd) is null) nameEnd++;
        if (nameEnd > end) named = s.Span(end, nameEnd - 1);
        // "the South Sudan Opposition Movements Alliance": a capitalised "Opposition" inside one capitalised name ending in
        // a body noun is part of that name, the state's name with it.
        if (named is not null && s.Tokens[k].IsCapitalised && Heads.Contains(s.KeyAt(nameEnd - 1))
            && Enumerable.Range(i + 1, nameEnd - i - 1).All(x => s.Tokens[x].IsCapitalised && s.Tokens[x].IsWord))
            named = s.Span(i + 1, nameEnd - 1);

        var opposition = s.Discourse.Opposition;
        if (opposition is null)
        {
            var name = named ?? (state is not null ? state.Adjective + " opposition" : null);
            if (name is null) return null;
            opposition = s.Actors.GetOrCreate(name, ActorKind.Organisation, state?.Country, s.Where, "opposition");
            opposition.Description ??= $"{name}, named in the report as the opposition{(state is null ? "" : " of " + state.Name)}: check it.";
            opposition.Confidence = Math.Min(opposition.Confidence, 0.6);
            s.Discourse.Opposition = opposition;
        }
        else if (named is not null && s.Actors.FindByName(named) is null)
        {
            s.Actors.AddAlias(opposition, named);
        }
        if (state is not null) opposition.Country ??= state.Country;
        s.Add(opposition, i, nameEnd - 1, MentionRole.Actor, "opposition");
        s.Discourse.LastGroup = opposition;
        return nameEnd;
    }
}
