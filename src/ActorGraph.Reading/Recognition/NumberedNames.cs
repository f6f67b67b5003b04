using System.Collections.Frozen;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>Body names that hold a date: "the March 14 Alliance", "the 26 July Movement". A month and a day number, in
/// either order, begin a capitalised name only when a body's head noun ends it within three more words (a date before a
/// plain capitalised word, "on 5 May Council members met", stays a date).</summary>
internal static class NumberedNames
{
    private static readonly FrozenSet<string> Months = CalendarWords.Months;

    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal)
    {
        "alliance", "movement", "coalition", "group", "front", "party", "brigade", "brigades", "bloc", "forces",
    };

    /// <summary>The token after the month and day that begin such a name at <paramref name="i"/>, or null.</summary>
    public static int? AfterDay(SentenceContext s, int i)
    {
        int after;
        if (Months.Contains(s.KeyAt(i)) && s.Tokens[i].IsCapitalised && IsDay(s, i + 1)) after = i + 2;
        else if (IsDay(s, i) && i + 1 < s.Tokens.Count && Months.Contains(s.KeyAt(i + 1)) && s.Tokens[i + 1].IsCapitalised) after = i + 2;
        else return null;
        for (var k = after; k < Math.Min(s.Tokens.Count, after + 3); k++)
        {
            if (!(s.Tokens[k].IsCapitalised && s.Tokens[k].IsWord)) return null;
            if (Heads.Contains(s.KeyAt(k))) return after;
        }
        return null;
    }

    /// <summary>Whether the token at <paramref name="k"/> is a day number right after a capitalised month inside such a name.</summary>
    public static bool IsDayInName(SentenceContext s, int k) => k > 0 && AfterDay(s, k - 1) == k + 1;

    private static bool IsDay(SentenceContext s, int k) =>
        k < s.Tokens.Count && s.Tokens[k].Text is { Length: 1 or 2 } t && t.All(char.IsDigit) && int.Parse(t, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 31;
}
