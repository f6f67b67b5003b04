using System.Collections.Frozen;
using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>A body the tables do not know, named by several capitalised words (or one with its acronym in brackets) that
/// the report describes in apposition: "Sinn Féin, the party led by X,", "the Barisan Revolusi Nasional (BRN), the main
/// rebel group in ...", "MARA Patani, an umbrella of several armed groups,". The description must be "the", "a" or "an",
/// modifiers, then a body's head noun not followed by a person's noun ("X Y, the party leader," names a person). No word
/// of the name may be one the tables or the report already know, nor a function word ("In March, the party ..."). Later
/// mentions of the name (and of the acronym) are the same actor. One capitalised word without an acronym is left to
/// <see cref="DescribedBodies"/>.</summary>
internal static class DescribedNames
{
    private const int MaxWords = 5;

    private static readonly FrozenSet<string> Armed = BodyDescriptionWords.Armed;

    private static readonly HashSet<string> Modifiers = new(
    [
        .. BodyDescriptionWords.Modifiers,
        "largest", "biggest", "leading", "nationalist", "republican", "unionist", "loyalist", "separatist", "secessionist",
        "small", "smaller", "new", "oldest", "second",
    ], StringComparer.Ordinal);

    private static readonly HashSet<string> Heads = new(
        [.. BodyDescriptionWords.Heads, "umbrella", "coalition", "alliance", "front"], StringComparer.Ordinal);

    /// <summary>Nouns after the head that make the description a person's ("the party leader", "the group's founder").</summary>
    private static readonly HashSet<string> PersonNouns = new(StringComparer.Ordinal)
    {
        "leader", "leaders", "chairman", "chair", "chief", "head", "spokesman", "spokeswoman", "spokesperson", "official",
        "officials", "member", "members", "secretary", "president", "founder", "commander", "negotiator", "'s", "politician",
    };

    private static readonly HashSet<string> NotNames = new(
    [
        "in", "on", "at", "after", "before", "by", "for", "with", "during", "when", "since", "under", "last", "next", "this",
        "that", "the", "a", "an", "its", "their", "his", "her", "our", "however", "meanwhile", "but", "and", "then", "later",
        .. CalendarWords.Months, .. CalendarWords.Weekdays, "mr", "mrs", "ms", "dr",
    ], StringComparer.Ordinal);

    public static int? TryResolve(SentenceContext s, int i)
    {
        if (!IsNameWord(s, i) || i > 0 && IsNameWord(s, i - 1) || s.KeyAt(i - 1) == "-") return null;
        var k = i;
        while (k - i < MaxWords && IsNameWord(s, k)) k++;
        var last = k - 1;
        string? acronym = null;
        if (s.KeyAt(k) == "(" && s.KeyAt(k + 2) == ")" && s.Tokens[k + 1].Text is { Length: >= 2 } letters && letters.All(char.IsUpper))
        {
            acronym = letters;
            k += 3;
        }
        if (last == i && acronym is null) return null;
        for (var w = i; w <= last; w++)
            if (NotNames.Contains(s.KeyAt(w)) || s.Lexicon.Match(s.Tokens, w, s.Text) is not null || s.Actors.Phrases.ContainsKey(s.KeyAt(w))) return null;
        if (s.KeyAt(k) != "," || s.KeyAt(k + 1) is not ("the" or "a" or "an")) return null;
        var h = k + 2;
        var armed = false;
        while (Armed.Contains(s.KeyAt(h)) || Modifiers.Contains(s.KeyAt(h))) { armed |= Armed.Contains(s.KeyAt(h)); h++; }
        if (!Heads.Contains(s.KeyAt(h)) || PersonNouns.Contains(s.KeyAt(h + 1))) return null;
        // "an umbrella of several armed groups": what the umbrella gathers says whether it is armed.
        armed |= s.KeyAt(h) is "militia" or "rebels" or "guerrillas" or "insurgents"
            || s.KeyAt(h + 1) == "of" && Enumerable.Range(h + 2, 3).Any(x => Armed.Contains(s.KeyAt(x))) && s.KeyAt(h) != "umbrella";
        var name = s.Span(i, last);
        var body = s.Actors.GetOrCreate(name, armed ? ActorKind.ArmedGroup : ActorKind.Organisation, null, s.Where, "described-name");
        if (acronym is not null) s.Actors.AddAlias(body, acronym);
        body.Description ??= $"{name}, named in the report as {s.Span(k + 1, h)}; not in ActorGraph's tables: check it.";
        body.Confidence = Math.Min(body.Confidence, 0.6);
        s.Add(body, i, last, MentionRole.Actor, "described-name");
        s.Discourse.LastGroup = body;
        return acronym is null ? last + 1 : k;
    }

    private static bool IsNameWord(SentenceContext s, int k) =>
        k >= 0 && k < s.Tokens.Count && s.Tokens[k].IsCapitalised && s.Tokens[k].IsWord;
}
