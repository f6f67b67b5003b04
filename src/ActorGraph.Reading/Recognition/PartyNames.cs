using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>A party or movement the tables do not know, named with its state or a bracketed tag: "the Communist Party of
/// Nepal (Maoist)", "the Workers' Party of Freedonia", "the Socialist Party of Ruritania (Marxist-Leninist)", "the Party of
/// Regions", "the Movement for Democratic Renewal (MDR)". The whole name is one body: capitalised words (no known name
/// among them), a capitalised political head ("Party", "Movement", "Front", "Congress", "League"), then at least one of:
/// "of [the] STATE" (the state becomes the body's country and is no mention of its own), a capitalised "of"-complement right
/// after a head that opens the name ("Party of Regions"), a hyphen and one capitalised word ("-North"), a bracketed tag (a
/// capitalised word or an acronym). The tag is an alias; a word tag ("Maoist") also gives its plural ("the Maoists") and the
/// name without the tag. A name with none of these extras is left to <see cref="UnknownBodies"/>.</summary>
internal static class PartyNames
{
    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal)
    {
        "party", "movement", "front", "congress", "league",
    };

    private static readonly HashSet<string> NotFirst = new(
        [.. DeterminerWords.Determiners, .. DeterminerWords.Quantifiers, .. CalendarWords.Months], StringComparer.Ordinal);

    private const int MaxWords = 6;

    public static int? TryResolve(SentenceContext s, int i)
    {
        if (AdjectivalTag(s, i) is { } afterTag) return afterTag;
        if (!IsNameWord(s, i) || NotFirst.Contains(s.KeyAt(i))) return null;
        // Inside a longer capitalised phrase: not its start.
        if (i > 0 && s.Tokens[i - 1].IsCapitalised && s.Tokens[i - 1].IsWord && s.KeyAt(i - 1) != "the") return null;
        var head = i;
        while (head < s.Tokens.Count && head - i < MaxWords && !Heads.Contains(s.KeyAt(head)))
        {
            if (!IsNameWord(s, head) || s.Lexicon.Match(s.Tokens, head, s.Text) is not null || RoleWords.MatchTitle(s.Tokens, head) is not null) return null;
            // "Workers' Party", "People's Party": a possessive inside the name.
            head += s.KeyAt(head + 1) is "'s" or "'" && IsNameWord(s, head + 2) ? 2 : 1;
        }
        if (!Heads.Contains(s.KeyAt(head)) || !s.Tokens[head].IsCapitalised) return null;
        var last = head;
        string? country = null;
        var extra = false;
        var of = s.KeyAt(last + 1) == "of" ? (s.KeyAt(last + 2) == "the" ? last + 3 : last + 2) : -1;
        if (of > 0 && head > i && s.Lexicon.Match(s.Tokens, of, s.Text) is { Entry: { Form: EntryForm.Name, Actor.Kind: ActorKind.State } state } m && !IsNameWord(s, of + m.Length))
        {
            // "the Communist Party of Nepal": the state is the party's country.
            country = state.Actor.Country;
            last = of + m.Length - 1;
            extra = true;
        }
        else if (of > 0 && head == i && s.KeyAt(i - 1) == "the" && IsNameWord(s, of) && s.Lexicon.Match(s.Tokens, of, s.Text) is null && RoleWords.MatchTitle(s.Tokens, of) is null)
        {
            // "the Party of Regions": a head that opens the name takes its complement's capitalised words.
            last = of;
            while (last - i < MaxWords && IsNameWord(s, last + 1) && s.Lexicon.Match(s.Tokens, last + 1, s.Text) is null) last++;
            extra = true;
        }
        else if (head == i) return null;
        // "Movement-North": a hyphen and one capitalised word.
        if (s.KeyAt(last + 1) == "-" && IsNameWord(s, last + 2) && !IsNameWord(s, last + 3) && s.KeyAt(last + 3) != "-")
        {
            last += 2;
            extra = true;
        }
        var tag = Tag(s, last);
        if (!extra && tag is null) return null;
        var plain = s.Span(i, last);
        var name = tag is { } t && !t.Acronym ? $"{plain} ({t.Text})" : plain;
        var body = s.Actors.FindByName(name) ?? s.Actors.GetOrCreate(name, ActorKind.Organisation, country, s.Where, "party-name");
        body.Country ??= country;
        body.Description ??= $"{name}, a party or movement named in the report and not in ActorGraph's tables: check it.";
        body.Confidence = Math.Min(body.Confidence, 0.6);
        if (tag is { } tg)
        {
            s.Actors.AddAlias(body, tg.Text);
            if (!tg.Acronym)
            {
                s.Actors.AddAlias(body, plain);
                s.Actors.AddAlias(body, tg.Text + "s");
            }
        }
        s.Add(body, i, last, MentionRole.Actor, "party-name");
        s.Discourse.LastGroup = body;
        return tag is { } closed ? closed.End + 1 : last + 1;
    }

    /// <summary>"the Maoist combatants", "the Maoist army": a party's word tag before a lower-case noun that is no title,
    /// speaker or delegation describes the noun's people, who are not the party acting ("the Maoist Chairman, NAME" and
    /// "Maoist negotiators" are read by the title and group rules).</summary>
    private static int? AdjectivalTag(SentenceContext s, int i)
    {
        if (!IsNameWord(s, i) || i + 1 >= s.Tokens.Count || s.Tokens[i + 1] is not { IsWord: true, IsCapitalised: false }) return null;
        if (!s.Actors.Phrases.TryGetValue(s.KeyAt(i), out var party) || party.Rule != "party-name") return null;
        // The singular tag: its plural is an alias too ("Maoist", "Maoists").
        if (!party.Aliases.Contains(s.Tokens[i].Text + "s", StringComparer.Ordinal)) return null;
        if (RoleWords.MatchTitle(s.Tokens, i + 1) is not null || RoleWords.MatchLength(RoleWords.Speakers, s.Tokens, i + 1) > 0
            || RoleWords.MatchLength(RoleWords.GroupActors, s.Tokens, i + 1) > 0 || RoleWords.MatchLength(RoleWords.Teams, s.Tokens, i + 1) > 0) return null;
        s.Add(party, i, i, MentionRole.Adjectival, "party-tag-adjective");
        return i + 1;
    }

    /// <summary>"(Maoist)", "(Marxist-Leninist)", "(MDR)", "(SPLM-N)" right after the name: one capitalised word, words
    /// joined by hyphens, or two to eight capitals, that no table knows; its text, whether it is an acronym, and the ")".</summary>
    private static (string Text, bool Acronym, int End)? Tag(SentenceContext s, int last)
    {
        if (s.KeyAt(last + 1) != "(") return null;
        var k = last + 2;
        if (k >= s.Tokens.Count || !s.Tokens[k].IsCapitalised || !s.Tokens[k].IsWord || s.Lexicon.Match(s.Tokens, k, s.Text) is not null) return null;
        while (s.KeyAt(k + 1) == "-" && k + 2 < s.Tokens.Count && s.Tokens[k + 2].IsWord) k += 2;
        if (s.KeyAt(k + 1) != ")") return null;
        var text = s.Span(last + 2, k);
        var letters = text.Where(char.IsLetter).ToList();
        var acronym = letters.Count is >= 2 and <= 8 && letters.All(char.IsUpper);
        if (!acronym && !text.Any(char.IsLower)) return null;
        return (text, acronym, k + 1);
    }

    private static bool IsNameWord(SentenceContext s, int k) =>
        k < s.Tokens.Count && s.Tokens[k].IsCapitalised && s.Tokens[k].IsWord && s.Tokens[k].Text.Any(char.IsLower);
}
