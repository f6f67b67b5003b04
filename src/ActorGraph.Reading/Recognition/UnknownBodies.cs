using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>A body the tables do not know, named by a capitalised phrase that ends in a body's head noun: "the
/// Trilateral Contact Group", "the Joint Monitoring Commission", "the Patriotic Liberation Front". Two to five
/// capitalised words, none a title, a month or a known name, the phrase not continuing a capitalised word before
/// it (so "Sudanese Armed Forces" stays the known group and "Armed Forces" alone is no new body). Fronts, armies,
/// brigades, militias and forces are armed groups; the rest organisations.</summary>
internal static class UnknownBodies
{
    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal)
    {
        "group", "council", "committee", "commission", "coalition", "alliance", "movement", "party", "organisation",
        "organization", "authority", "quartet", "front", "army", "brigades", "brigade", "militia", "forces", "union",
    };

    private static readonly HashSet<string> ArmedHeads = new(StringComparer.Ordinal) { "front", "army", "brigades", "brigade", "militia", "forces" };

    /// <summary>First words that make the phrase generic or a date rather than a name.</summary>
    private static readonly HashSet<string> NotFirst = new(StringComparer.Ordinal)
    {
        "the", "armed", "security", "general", "this", "that", "their", "its", "our", "his", "her", "a", "an",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    public static int? TryResolve(SentenceContext s, int i)
    {
        if (TryShared(s, i) is { } shared) return shared;
        var tokens = s.Tokens;
        if (!IsNameWord(s, i) || NotFirst.Contains(s.KeyAt(i)) || (i > 0 && tokens[i - 1].IsCapitalised && tokens[i - 1].IsWord && s.KeyAt(i - 1) != "the" && i - 1 > 0)) return null;
        var k = i;
        while (k < tokens.Count && k - i < 5 && IsNameWord(s, k))
        {
            if (RoleWords.MatchTitle(tokens, k) is not null || (k > i && s.Lexicon.Match(tokens, k, s.Text) is not null)) return null;
            k++;
        }
        var last = k - 1;
        if (last - i < 1 || !Heads.Contains(s.KeyAt(last))) return null;
        var name = s.Span(i, last);
        var kind = ArmedHeads.Contains(s.KeyAt(last)) ? ActorKind.ArmedGroup : ActorKind.Organisation;
        var body = s.Actors.GetOrCreate(name, kind, null, s.Where, "unknown-body");
        body.Description ??= $"{name}, a body named in the report and not in ActorGraph's tables: check it.";
        body.Confidence = Math.Min(body.Confidence, 0.6);
        s.Add(body, i, last, MentionRole.Actor, "unknown-body");
        if (kind is ActorKind.ArmedGroup or ActorKind.Organisation) s.Discourse.LastGroup = body;
        return k;
    }

    /// <summary>Plural heads that two names can share: "the Donetsk and Luhansk people's republics" are two republics.</summary>
    private static readonly Dictionary<string, string> SharedHeads = new(StringComparer.Ordinal)
    {
        ["republics"] = "Republic", ["fronts"] = "Front", ["armies"] = "Army", ["militias"] = "Militia", ["brigades"] = "Brigade",
        ["councils"] = "Council", ["committees"] = "Committee", ["commissions"] = "Commission", ["movements"] = "Movement", ["parties"] = "Party",
    };

    public const string SharedHeadRule = "unknown-bodies-shared-head";

    /// <summary>Words before the names that make the bodies armed groups rather than organisations.</summary>
    private static readonly HashSet<string> Insurgent = new(StringComparer.Ordinal) { "separatist", "rebel", "breakaway", "self-proclaimed", "insurgent", "armed" };

    /// <summary>"A and B [people's] republics" with two capitalised words that no table knows: two bodies, "A People's
    /// Republic" and "B People's Republic", in one mention (both are arguments of what the sentence says of them).
    /// Armed groups after "separatist", "rebel", "breakaway"; organisations otherwise.</summary>
    private static int? TryShared(SentenceContext s, int i)
    {
        var tokens = s.Tokens;
        if (i + 3 >= tokens.Count || !IsNameWord(s, i) || s.KeyAt(i + 1) != "and" || !IsNameWord(s, i + 2)) return null;
        if (NotFirst.Contains(s.KeyAt(i)) || s.Lexicon.Match(tokens, i, s.Text) is not null || s.Lexicon.Match(tokens, i + 2, s.Text) is not null) return null;
        var k = i + 3;
        var people = s.KeyAt(k) is "people" or "peoples" && s.KeyAt(k + 1) == "'s";
        if (people) k += 2;
        if (!SharedHeads.TryGetValue(s.KeyAt(k), out var head)) return null;
        var noun = (people ? "People's " : "") + head;
        var kind = i > 0 && Insurgent.Contains(s.KeyAt(i - 1)) ? ActorKind.ArmedGroup : ActorKind.Organisation;
        var bodies = new[] { tokens[i].Text, tokens[i + 2].Text }.Select(first =>
        {
            var name = first + " " + noun;
            var body = s.Actors.GetOrCreate(name, kind, null, s.Where, "unknown-body");
            body.Description ??= $"{name}, a body named in the report and not in ActorGraph's tables: check it.";
            body.Confidence = Math.Min(body.Confidence, 0.6);
            return body;
        }).ToList();
        // The mention takes in the modifier, so that "Ukraine and the separatist ..." stays one list.
        s.Add(bodies, kind == ActorKind.ArmedGroup ? i - 1 : i, k, MentionRole.Actor, SharedHeadRule);
        if (kind == ActorKind.ArmedGroup) s.Discourse.LastGroup = bodies[^1];
        return k + 1;
    }

    private static bool IsNameWord(SentenceContext s, int k) =>
        k < s.Tokens.Count && s.Tokens[k].IsCapitalised && s.Tokens[k].IsWord && s.Tokens[k].Text.Any(char.IsLower);
}
