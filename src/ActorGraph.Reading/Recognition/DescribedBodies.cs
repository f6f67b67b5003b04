using System.Collections.Frozen;
using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>A group the tables do not know, named by one capitalised word that the report describes as a body: before
/// the body's noun ("the Renamo opposition movement", "the Kanuri rebel group") or in apposition ("Frelimo, the governing
/// party,"). The word must not be a known name, a month or a weekday, nor follow a preposition in apposition ("In
/// Kismayo, the ruling party ..." names a place). Later mentions of the word are the same actor.</summary>
internal static class DescribedBodies
{
    private static readonly FrozenSet<string> Armed = BodyDescriptionWords.Armed;

    private static readonly FrozenSet<string> Modifiers = BodyDescriptionWords.Modifiers;

    private static readonly FrozenSet<string> Heads = BodyDescriptionWords.Heads;

    private static readonly HashSet<string> NotNames = new(
    [
        .. CalendarWords.Months, .. CalendarWords.Weekdays, .. DeterminerWords.Determiners, "however", "meanwhile",
        // "Neither Party shall ...", "Each Party": a quantifier before a capitalised noun names no body.
        .. DeterminerWords.Quantifiers, "other",
    ], StringComparer.Ordinal);

    public static int? TryResolve(SentenceContext s, int i)
    {
        if (i >= s.Tokens.Count || !s.Tokens[i].IsCapitalised || !s.Tokens[i].IsWord || NotNames.Contains(s.KeyAt(i))) return null;
        if (s.KeyAt(i + 1) == "-" || s.KeyAt(i - 1) == "-" || i > 0 && s.Tokens[i - 1].IsCapitalised && s.Tokens[i - 1].IsWord) return null;
        if (s.Lexicon.Match(s.Tokens, i, s.Text) is not null || s.Actors.Phrases.ContainsKey(s.KeyAt(i))) return null;
        var apposition = s.KeyAt(i + 1) == "," && s.KeyAt(i + 2) is "the" or "a" && i > 0 && s.KeyAt(i - 1) is not ("in" or "at" or "from" or "to" or "near" or "of" or "on" or "outside");
        var k = apposition ? i + 3 : i + 1;
        var armed = false;
        while (Armed.Contains(s.KeyAt(k)) || Modifiers.Contains(s.KeyAt(k))) { armed |= Armed.Contains(s.KeyAt(k)); k++; }
        if (!Heads.Contains(s.KeyAt(k))) return null;
        armed |= s.KeyAt(k) is "militia" or "rebels" or "guerrillas" or "insurgents";
        var name = s.Tokens[i].Text;
        var body = s.Actors.GetOrCreate(name, armed ? ActorKind.ArmedGroup : ActorKind.Organisation, null, s.Where, "described-body");
        body.Description ??= $"{name}, named in the report as {s.Span(apposition ? i + 2 : i, k)}; not in ActorGraph's tables: check it.";
        body.Confidence = Math.Min(body.Confidence, 0.6);
        s.Add(body, i, apposition ? i : k, MentionRole.Actor, "described-body");
        s.Discourse.LastGroup = body;
        if (Enumerable.Range(i, k - i + 1).Any(x => s.KeyAt(x) == "opposition")) s.Discourse.Opposition ??= body;
        return apposition ? i + 1 : k + 1;
    }
}
