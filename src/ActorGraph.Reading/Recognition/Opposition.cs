using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>A state's political opposition, named or not: "the country's main opposition alliance", "the Venezuelan
/// opposition", "the opposition Unitary Platform", "the opposition". All are one actor per report: the first form met
/// creates it (by its name when one follows "opposition", else "&lt;Adjective&gt; opposition"), a name met later becomes
/// an alias. "Opposition leader X" is a title and is left to the title rules. The armed opposition ("a delegation of armed
/// opposition factions", "the armed opposition delegation") is an armed group of its own, kept apart from the political one and
/// named after the state the sentence or the report is about ("Syrian armed opposition").</summary>
internal static class Opposition
{
    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "main", "largest", "biggest", "political", "democratic", "united", "exiled", "mainstream", "principal", "unified",
    };

    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal)
    {
        "alliance", "coalition", "bloc", "parties", "party", "movement", "platform", "groups", "forces", "factions", "delegation",
    };

    public static int? TryResolve(SentenceContext s, int i)
    {
        // "a delegation of armed opposition factions": the armed opposition also without an article.
        if (s.KeyAt(i) == "armed" && s.KeyAt(i + 1) == "opposition" && s.KeyAt(i - 1) is not ("the" or "'s" or "’s")) return Armed(s, i, i + 1, null);
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
        var armed = false;
        while (Modifiers.Contains(s.KeyAt(k)) || s.KeyAt(k) == "armed") armed |= s.KeyAt(k++) == "armed";
        if (armed && s.KeyAt(k) == "opposition") return Armed(s, i, k, state);
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

    /// <summary>The armed opposition from <paramref name="first"/> to its "opposition" at <paramref name="k"/> (and a head noun
    /// after it): one armed group per report, named "&lt;Adjective&gt; armed opposition" after <paramref name="state"/>, else the
    /// state or government the sentence names before it, else the state the report names most.</summary>
    private static int? Armed(SentenceContext s, int first, int k, DocActor? state)
    {
        var end = Heads.Contains(s.KeyAt(k + 1)) ? k + 1 : k;
        var armed = s.Discourse.ArmedOpposition;
        // A bare "the armed opposition" first met is a description of many groups ("invited the armed opposition to talks"): it
        // names a side only with its state ("the Syrian armed opposition") or a head noun ("armed opposition factions / delegation").
        if (armed is null && state is null && end == k) return null;
        if (armed is null)
        {
            var country = state?.Country
                ?? s.Mentions.Where(m => m.Last < first).OrderBy(m => m.First).SelectMany(m => m.Actors)
                    .LastOrDefault(a => a.Kind is ActorKind.State or ActorKind.Government && a.Country is not null)?.Country
                ?? s.Actors.All.Where(a => a.Kind is ActorKind.State or ActorKind.Government && a.Country is not null && !a.Weak)
                    .OrderByDescending(a => a.Mentions).FirstOrDefault()?.Country;
            var adjective = country is not null && s.Lexicon.ByCountry.TryGetValue(country, out var template) ? template.Adjective + " " : "";
            var name = adjective + "armed opposition";
            armed = s.Actors.GetOrCreate(adjective.Length == 0 ? "Armed opposition" : name, ActorKind.ArmedGroup, country, s.Where, "opposition");
            armed.Description ??= $"{name}, named in the report only by description: check it.";
            armed.Confidence = Math.Min(armed.Confidence, 0.6);
            s.Discourse.ArmedOpposition = armed;
        }
        // The words as written ("the armed opposition", "armed opposition factions") are its aliases.
        if (s.Span(first, end) is var written && !string.Equals(written, armed.Name, StringComparison.OrdinalIgnoreCase) && !armed.Aliases.Contains(written, StringComparer.OrdinalIgnoreCase))
            s.Actors.AddAlias(armed, written);
        s.Add(armed, first, end, MentionRole.Actor, "opposition");
        s.Discourse.LastGroup = armed;
        return end + 1;
    }
}
