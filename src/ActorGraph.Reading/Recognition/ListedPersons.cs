using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>A name with no title and no known given name is a person when it is listed with a person: "Olusegun Obasanjo, Uhuru
/// Kenyatta and Phumzile Mlambo-Ngcuka" (a comma or "and" after a person already read), "A, the community's founder; B, a parish
/// priest" (a semicolon after an item that opens with a person), or "Uhuru Kenyatta and Olusegun Obasanjo" (a name that opens
/// with a given name follows after the comma or "and"). Blogs, reviews and timelines introduce people so, by full name alone.
/// The name itself must pass <see cref="PersonNames"/>' own checks (two capitalised words or more, no word of the tables, no
/// title, no body's noun).</summary>
internal static class ListedPersons
{
    public static bool Beside(SentenceContext s, int start, int end) => AfterPerson(s, start) || BeforeGivenName(s, end);

    private static bool AfterPerson(SentenceContext s, int start)
    {
        var k = start - 1;
        if (s.KeyAt(k) == "and") k--;
        if (s.KeyAt(k) == ";") return ItemOpensWithPerson(s, k);
        if (s.KeyAt(k) == ",") k--;
        else if (k == start - 1) return false;
        return s.Mentions.Any(m => m.Last == k && IsPerson(m));
    }

    /// <summary>The item before the semicolon at <paramref name="semicolon"/> (from the colon or semicolon before it) opens with a
    /// person: "the four mediators: A, the founder; B, a priest".</summary>
    private static bool ItemOpensWithPerson(SentenceContext s, int semicolon)
    {
        var from = semicolon - 1;
        while (from >= 0 && s.KeyAt(from) is not (";" or ":")) from--;
        var first = from + 1;
        if (s.KeyAt(first) == "and") first++;
        return s.Mentions.Any(m => m.First == first && m.Last < semicolon && IsPerson(m));
    }

    private static bool BeforeGivenName(SentenceContext s, int end)
    {
        var k = end;
        if (s.KeyAt(k) == ",") k++;
        if (s.KeyAt(k) == "and") k++;
        if (k == end || k >= s.Tokens.Count || !GivenNames.Contains(s.Tokens[k].Text)) return false;
        var otherEnd = PersonNames.NameEnd(s, k);
        return otherEnd - k >= 2 && PersonNames.IsName(s, k, otherEnd);
    }

    private static bool IsPerson(Mention m) => m.IsArgument && m.Actors.Count == 1 && m.Actor.Kind == ActorKind.Person;
}
