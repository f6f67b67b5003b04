using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>A body the tables do not know, named by a capitalised phrase that ends in a body's head noun: "the
/// Trilateral Contact Group", "the Joint Monitoring Commission", "the Patriotic Liberation Front". Two to seven
/// capitalised words ("People's" and "and" may join them), none a title, a month or a known name, the phrase not continuing a capitalised word before
/// it (so "Sudanese Armed Forces" stays the known group and "Armed Forces" alone is no new body), unless that word ends
/// a state's name ("US National Security Council": an agency of the state). A table's organisation may end the name
/// ("Supreme National Security Council"): the longer name wins. Fronts, armies,
/// brigades, militias and forces are armed groups; the rest organisations.</summary>
internal static class UnknownBodies
{
    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal)
    {
        "group", "council", "committee", "commission", "coalition", "alliance", "movement", "party", "organisation",
        "organization", "authority", "quartet", "panel", "front", "army", "brigades", "brigade", "militia", "forces", "union", "junta", "platform",
        "conference", "youth", "congress", "parliament", "assembly", "senate",
    };

    /// <summary>Heads that name a body alone when an "of" complement follows ("House of Representatives", "Council of
    /// Ministers", "Congress of the People").</summary>
    private static readonly HashSet<string> OfHeads = new(StringComparer.Ordinal) { "house", "council", "congress", "assembly", "chamber" };

    /// <summary>Civil heads after which a first "General" is part of the name ("General National Congress", "General People's
    /// Congress"), not a military rank.</summary>
    private static readonly HashSet<string> CivilHeads = new(StringComparer.Ordinal) { "congress", "council", "assembly", "conference", "committee", "union", "secretariat" };

    /// <summary>Heads of movements and parties, whose names may begin with a state's name ("Sudan Liberation Movement").</summary>
    private static readonly HashSet<string> PoliticalHeads = new(StringComparer.Ordinal) { "movement", "front", "party", "alliance", "coalition", "platform", "brigade", "brigades", "militia" };

    private static readonly HashSet<string> ArmedHeads = new(StringComparer.Ordinal) { "front", "army", "brigades", "brigade", "militia", "forces", "junta" };

    /// <summary>First words that make the phrase generic or a date rather than a name.</summary>
    private static readonly HashSet<string> NotFirst = new(
        [.. DeterminerWords.Determiners, "armed", "security", "general", .. CalendarWords.Months, .. CalendarWords.Weekdays, .. DeterminerWords.Quantifiers],
        StringComparer.Ordinal);

    private const int MaxWords = 14;

    public static int? TryResolve(SentenceContext s, int i)
    {
        var tokens = s.Tokens;
        // "Iran's Supreme National Security Council", "US National Security Council": a body of the state before it.
        var stateMention = s.Mentions.LastOrDefault(m => m.Last == (s.KeyAt(i - 1) == "'s" ? i - 2 : i - 1) && m.Actors.Count == 1 && m.Actor.Kind == ActorKind.State);
        var state = stateMention?.Actor;
        // "the March 14 Alliance", "the 26 July Movement": a month and day begin the name.
        var afterDay = NumberedNames.AfterDay(s, i);
        if (afterDay is null && (!IsNameWord(s, i) || NotFirst.Contains(s.KeyAt(i)) && !GeneralBeforeCivilHead(s, i)) || (state is null && i > 0 && tokens[i - 1].IsCapitalised && tokens[i - 1].IsWord && s.KeyAt(i - 1) != "the" && i - 1 > 0)) return null;
        // "the Organization of the Islamic Conference": the tail of a longer body's name, not a body of its own.
        if (InsideLongerName(s, i)) return null;
        var k = afterDay ?? i;
        while (k < tokens.Count && k - i < 7 && IsNameWord(s, k))
        {
            if (RoleWords.MatchTitle(tokens, k) is not null && !(k == i && GeneralBeforeCivilHead(s, i))) return null;
            // "the Sudan People's Liberation Movement", "the Justice and Equality Movement": a common word's "'s" or an "and"
            // between capitalised words is inside a longer name (kept only if a body's head ends it).
            if (Joint(s, i, k) is { } next && !PersonBeforePossessive(s, i, k)) { k = next; continue; }
            if (k > i && s.Lexicon.Match(tokens, k, s.Text) is { } inside)
            {
                // A table's organisation at the end of a longer name ("Security Council" in "Supreme National Security
                // Council") is the longer body's head, not the table's actor.
                var end = k + inside.Length;
                if (inside.Entry.Actor.Kind != ActorKind.Organisation || IsNameWord(s, end) || end - i > 6 || !Heads.Contains(s.KeyAt(end - 1))) return null;
                k = end;
                break;
            }
            k++;
        }
        var last = k - 1;
        // "the House of Representatives": one head word with an "of" complement.
        var ofHead = last == i && OfHeads.Contains(s.KeyAt(i)) && s.KeyAt(i + 1) == "of" && NameAfterHead(s, i, i) > i;
        if (!ofHead && (last - i < 1 || !Heads.Contains(s.KeyAt(last)))) return null;
        var headAt = last;
        var head = s.KeyAt(headAt);
        last = NameAfterHead(s, i, headAt);
        k = last + 1;
        string? prefixCountry = null;
        // "the Sudan Liberation Movement", "the Chad Democratic Front": a state's bare name right before a movement's or party's
        // name begins that name; the body is of the state's country, not a part of its state.
        if (stateMention is not null && stateMention.Last == i - 1 && PoliticalHeads.Contains(head) && s.Tokens[stateMention.First].IsCapitalised)
        {
            s.Mentions.Remove(stateMention);
            if (state!.Mentions <= 1) state.Weak = true;
            state.Mentions--;
            prefixCountry = state.Country;
            (i, state, stateMention) = (stateMention.First, null, null);
        }
        var name = s.Span(i, last);
        var kind = ArmedHeads.Contains(head) ? ActorKind.ArmedGroup : state is not null ? ActorKind.Agency : ActorKind.Organisation;
        // "the Civic Alliance" after "the Civic Alliance for Justice and Democracy": the short form of the longer body.
        var body = ShortFormOf(s, name) ?? s.Actors.GetOrCreate(name, kind, null, s.Where, "unknown-body");
        body.Description ??= $"{name}, a body named in the report and not in ActorGraph's tables: check it.";
        body.Confidence = Math.Min(body.Confidence, 0.6);
        // "... of the Central African Republic": the state its name holds is its country.
        body.Country ??= prefixCountry ?? StateInside(s, headAt + 1, last);
        if (state is not null && kind == ActorKind.Agency) s.PartOf(body, state, "unknown-body-of-state", i, last);
        s.Add(body, i, last, MentionRole.Actor, "unknown-body");
        if (DefinedAcronym(s, last) is { } acronym)
        {
            s.Actors.AddAlias(body, acronym);
            k = last + 4;
        }
        if (kind is ActorKind.ArmedGroup or ActorKind.Organisation) s.Discourse.LastGroup = body;
        // "A US National Security Council spokesman, John Kirby": a titled person of the new body.
        if (RoleWords.MatchTitle(tokens, k) is not null && Persons.TryTitleFirst(s, k, body, stateMention?.First ?? i) is { } afterPerson) return afterPerson;
        return k;
    }

    /// <summary>"General National Congress": "General" followed by capitalised words that end in a civil head (one at least
    /// between: "the General Assembly" alone is the generic or known body).</summary>
    private static bool GeneralBeforeCivilHead(SentenceContext s, int i)
    {
        if (s.KeyAt(i) != "general" || !s.Tokens[i].IsCapitalised) return false;
        var k = i + 1;
        while (k < s.Tokens.Count && k - i < 5 && (IsNameWord(s, k) || s.KeyAt(k) == "'s")) k++;
        return k > i + 2 && CivilHeads.Contains(s.KeyAt(k - 1));
    }

    /// <summary>"Popular Front for the Renaissance of the Central African Republic": after the head, "for" or "of" (and
    /// "the") with capitalised words that do not begin a known name ("for Peace", not "of Ukraine"), then more "of", "in",
    /// "for" links with capitalised words. Returns the name's last word.</summary>
    private static int NameAfterHead(SentenceContext s, int first, int head)
    {
        var last = head;
        var k = head + 1;
        while (k < s.Tokens.Count && s.KeyAt(k) is "for" or "of" or "in" or "on" && (last > head || s.KeyAt(k) != "in"))
        {
            var word = s.KeyAt(k + 1) == "the" ? k + 2 : k + 1;
            if (!IsNameWord(s, word) || NotFirst.Contains(s.KeyAt(word)) || (last == head && s.Lexicon.Match(s.Tokens, word, s.Text) is not null)) break;
            var end = word;
            while (IsNameWord(s, end + 1)) end++;
            end = JoinedByAnd(s, end);
            if (end - first >= MaxWords) break;
            last = end;
            k = end + 1;
        }
        return last;
    }

    /// <summary>"for Justice and Democracy", "on Truth and Reconciliation": after a link's capitalised words, "and" with
    /// capitalised words no table knows, not ending in a body's head ("... and the National Unity Party" is a second body),
    /// nor a day or month, continues the name. Returns the link's last word.</summary>
    private static int JoinedByAnd(SentenceContext s, int end)
    {
        while (s.KeyAt(end + 1) == "and" && IsNameWord(s, end + 2) && !NotFirst.Contains(s.KeyAt(end + 2))
               && s.Lexicon.Match(s.Tokens, end + 2, s.Text) is null)
        {
            var next = end + 2;
            while (IsNameWord(s, next + 1)) next++;
            if (Heads.Contains(s.KeyAt(next))) break;
            end = next;
        }
        return end;
    }

    /// <summary>"of the" right before i, after a body's head ("Organization of the Islamic Conference"); a bare "of" does
    /// not count ("Union of Resistance Forces" still gives "Resistance Forces").</summary>
    private static bool InsideLongerName(SentenceContext s, int i) =>
        i > 2 && s.KeyAt(i - 1) == "the" && s.KeyAt(i - 2) == "of" && IsNameWord(s, i - 3) && Heads.Contains(s.KeyAt(i - 3));

    /// <summary>An unknown body read earlier whose name is this name followed by a link ("for", "of", "on", "in").</summary>
    private static DocActor? ShortFormOf(SentenceContext s, string name) =>
        s.Actors.All.FirstOrDefault(a => a.Name.Length > name.Length + 4 && a.Name.StartsWith(name + " ", StringComparison.Ordinal)
            && a.Name[(name.Length + 1)..].Split(' ')[0] is "for" or "of" or "on" or "in" && a.Kind is ActorKind.Organisation or ActorKind.ArmedGroup);

    /// <summary>The country of the first state the tables know between first and last, if any.</summary>
    private static string? StateInside(SentenceContext s, int first, int last)
    {
        for (var k = first; k <= last; k++)
            if (s.Lexicon.Match(s.Tokens, k, s.Text) is { Entry.Actor: { Kind: ActorKind.State } state } match && k + match.Length - 1 <= last)
                return state.Country;
        return null;
    }

    /// <summary>"... Mission in the Central African Republic (MINUSCA)": "for", "of" or "in" links with capitalised words,
    /// known names among them, after a body's head, taken only when a bracketed acronym follows the last of them. Returns the
    /// name's last word and the acronym.</summary>
    public static (int Last, string Acronym)? LinkedNameWithAcronym(SentenceContext s, int head)
    {
        var k = head + 1;
        var last = head;
        while (s.KeyAt(k) is "for" or "of" or "in")
        {
            var word = s.KeyAt(k + 1) == "the" ? k + 2 : k + 1;
            if (!IsNameWord(s, word)) break;
            var end = word;
            while (IsNameWord(s, end + 1)) end++;
            if (end - head >= MaxWords) break;
            last = end;
            k = end + 1;
        }
        return last > head && DefinedAcronym(s, last) is { } acronym ? (last, acronym) : null;
    }

    /// <summary>"(FPRC)" right after the name: two to eight capitals in brackets that no table knows.</summary>
    private static string? DefinedAcronym(SentenceContext s, int last)
    {
        if (s.KeyAt(last + 1) != "(" || s.KeyAt(last + 3) != ")") return null;
        var text = s.Tokens[last + 2].Text;
        if (text.Length is < 2 or > 8 || !text.All(char.IsUpper) || s.Lexicon.Match(s.Tokens, last + 2, s.Text) is not null) return null;
        return text;
    }

    /// <summary>After the name word at k: "'s" (a common word's, "People's") or "and" followed by a name word no table knows;
    /// returns that word's index. A head after the first word ends the name before an "and": "the Justice and Equality Movement
    /// and Zorvan Kettiwel", "the Lakeside Movement and Hill Front" are two names, not one running past the head.</summary>
    private static int? Joint(SentenceContext s, int first, int k)
    {
        if (s.KeyAt(k + 1) is not ("'s" or "and") || !IsNameWord(s, k + 2) || s.Lexicon.Match(s.Tokens, k + 2, s.Text) is not null) return null;
        if (s.KeyAt(k + 1) == "and" && k > first && Heads.Contains(s.KeyAt(k))) return null;
        if (s.KeyAt(k + 1) == "'s" && s.Lexicon.Match(s.Tokens, k, s.Text) is not null) return null;
        return k + 2;
    }

    /// <summary>"Jean-Pierre Bemba's Movement for the Liberation of Congo": a "'s" after a person's name (a given name first) ends
    /// the person, not a word inside a body's name ("the Sudan People's Liberation Movement").</summary>
    private static bool PersonBeforePossessive(SentenceContext s, int first, int k) =>
        s.KeyAt(k + 1) == "'s" && LeaderPossessiveBodies.PersonNameBefore(s, first, k + 1);

    /// <summary>"Etienne Tshisekedi's Union for Democracy and Social Progress": a single head word whose name goes on after "for"
    /// or "of" with two capitalised words at least. Returns the index after the name, or null.</summary>
    public static int? SingleHead(SentenceContext s, int i)
    {
        if (!IsNameWord(s, i) || !Heads.Contains(s.KeyAt(i)) || IsNameWord(s, i + 1)) return null;
        var last = NameAfterHead(s, i, i);
        if (last - i < 3) return null;
        var name = s.Span(i, last);
        var kind = ArmedHeads.Contains(s.KeyAt(i)) ? ActorKind.ArmedGroup : ActorKind.Organisation;
        var body = ShortFormOf(s, name) ?? s.Actors.GetOrCreate(name, kind, null, s.Where, "unknown-body");
        body.Description ??= $"{name}, a body named in the report and not in ActorGraph's tables: check it.";
        body.Confidence = Math.Min(body.Confidence, 0.6);
        s.Add(body, i, last, MentionRole.Actor, "unknown-body");
        var k = last + 1;
        if (DefinedAcronym(s, last) is { } acronym)
        {
            s.Actors.AddAlias(body, acronym);
            k = last + 4;
        }
        s.Discourse.LastGroup = body;
        return k;
    }

    private static bool IsNameWord(SentenceContext s, int k) =>
        k < s.Tokens.Count && s.Tokens[k].IsCapitalised && s.Tokens[k].IsWord && s.Tokens[k].Text.Any(char.IsLower);
}
