using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Recognition;

/// <summary>A group of states named collectively by its region, not member by member: "the Gulf states", "the Gulf
/// monarchies", "Western governments", "the Nordic countries", "several European governments", "West African nations". The
/// group is one actor (kind other) that can act or be a side. The whole set ("the Gulf states") is named as written; a part of
/// it whose members the text leaves open ("several Western states", "some Arab governments") is an unnamed group,
/// "Western states (unnamed)", with the written phrase as its alias. Not read: a number before the region ("the two Gulf
/// states" are states the report listed), a capitalised noun inside a longer name ("Economic Community of West African
/// States", "the Arab States of the Gulf", "the Gulf States Newsletter"), a lower-case region word, or members named right after ("the Gulf states of
/// Qatar and Bahrain"). O(1) per token.</summary>
internal static class StateGroups
{
    /// <summary>Region words, one or two tokens, lower case as the token keys are.</summary>
    private static readonly HashSet<string> Regions = new(StringComparer.Ordinal)
    {
        "gulf", "gulf arab", "arab", "western", "european", "nordic", "scandinavian", "baltic", "balkan", "african", "west african",
        "east african", "southern african", "central african", "north african", "asian", "central asian", "southeast asian",
        "latin american", "caribbean", "sahel", "sahelian", "mediterranean", "arctic",
    };

    private static readonly HashSet<string> Nouns = new(StringComparer.Ordinal)
    {
        "states", "countries", "nations", "governments", "monarchies", "powers", "capitals",
    };

    /// <summary>Words before the region that make the group a part of the set whose members are left open.</summary>
    private static readonly HashSet<string> Partial = new(StringComparer.Ordinal)
    {
        "several", "some", "many", "various", "few", "certain", "numerous",
    };

    private static readonly HashSet<string> Numbers = new(StringComparer.Ordinal)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both",
    };

    public static int? TryResolve(SentenceContext s, int i)
    {
        if (!s.Tokens[i].IsCapitalised || !s.Tokens[i].IsWord) return null;
        var regionLength = i + 1 < s.Tokens.Count && s.Tokens[i + 1].IsCapitalised && Regions.Contains(s.KeyAt(i) + " " + s.KeyAt(i + 1)) ? 2
            : Regions.Contains(s.KeyAt(i)) ? 1 : 0;
        if (regionLength == 0) return null;
        var noun = i + regionLength;
        if (noun >= s.Tokens.Count || !Nouns.Contains(s.KeyAt(noun))) return null;
        var before = s.KeyAt(i - 1);
        if (Numbers.Contains(before) || before.Length > 0 && char.IsDigit(before[0])) return null;
        // "Community of West African States", "Latin American and Caribbean States": a capitalised noun inside a name.
        if (s.Tokens[noun].IsCapitalised && (before is "of" or "and" or "for" || s.KeyAt(noun + 1) == "of" || i > 0 && s.Tokens[i - 1].IsCapitalised && s.Tokens[i - 1].IsWord)) return null;
        if (noun + 1 < s.Tokens.Count && s.Tokens[noun + 1] is { IsCapitalised: true, IsWord: true }) return null;
        if (s.KeyAt(noun + 1) == "of" && s.Lexicon.Match(s.Tokens, noun + 2, s.Text) is not null) return null;
        var written = s.Span(i, noun);
        var partial = Partial.Contains(before) || before == "number" && s.KeyAt(i - 2) == "of";
        var group = s.Actors.GetOrCreate(partial ? written + " (unnamed)" : written, ActorKind.Other, null, s.Where, "state-group");
        group.Description ??= partial
            ? $"Some of the {written} (the report does not name them), named together in the report."
            : $"The {written}, named together in the report as one group, not state by state.";
        if (partial) s.Actors.AddAlias(group, s.Span(i - 1, noun));
        s.Add(group, i, noun, MentionRole.Actor, "state-group");
        return noun + 1;
    }
}
