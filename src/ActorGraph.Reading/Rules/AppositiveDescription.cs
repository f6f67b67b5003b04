using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>A description set off by commas after a named actor ("Hochstein, a senior adviser to President Biden on energy,
/// carried drafts", "Egypt, the main broker of the last truce, hosted"): the actors named inside the description are not the
/// subject of the verb after it; the actor before the description is. Only a description that opens with a determiner or a
/// possessive and a word that is no actor ("a senior adviser to", "the chief of"), so a list ("Kenya, the United States and the
/// EU mediated") or a title before a name (", the envoy, NAME,") stays as it was.</summary>
internal static class AppositiveDescription
{
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "a", "an", "the", "his", "her", "its", "their", "then", "now", "long-time", "longtime" };

    private static readonly HashSet<string> Links = new(StringComparer.Ordinal) { "to", "of", "for", "at", "in", "with", "on", "from", "under", "by" };

    /// <summary>True when <paramref name="m"/> lies inside such a description that closes before <paramref name="trigger"/>.</summary>
    public static bool Holds(SentenceContext s, Mention m, int trigger)
    {
        var open = -1;
        for (var k = m.First - 1; k >= 0 && m.First - k <= 10; k--)
        {
            if (s.KeyAt(k) is ";" or ":" or "(" or ")") return false;
            if (s.KeyAt(k) != ",") continue;
            open = k;
            break;
        }
        if (open < 1 || !Openers.Contains(s.KeyAt(open + 1))) return false;
        // The description is about the actor right before the comma.
        if (!s.Mentions.Any(h => h.IsArgument && h.Last == open - 1)) return false;
        // No actor opens the description: ", the United States and" is a list item, not a description.
        if (s.Mentions.Any(x => x.First is var f && f > open && f <= open + 2)) return false;
        // The actor is a complement inside the description ("an adviser to X", "the head of X"), not the description renaming the
        // head ("The AU's envoy, the former president Olusegun Obasanjo, brokered"): a preposition stands before it.
        var linked = false;
        for (var k = open + 2; k < m.First; k++)
        {
            if (s.KeyAt(k) is "," or "and" or "or") return false;
            if (Links.Contains(s.KeyAt(k))) linked = true;
        }
        if (!linked) return false;
        for (var k = m.Last + 1; k < trigger; k++)
        {
            if (s.KeyAt(k) is ";" or ":") return false;
            // Closed by a comma before the trigger, not the comma of a list going on (", and Qatar").
            if (s.KeyAt(k) == ",") return s.KeyAt(k + 1) is not ("and" or "or");
        }
        return false;
    }
}
