using System.Text.RegularExpressions;

namespace ActorGraph.Reading.Plover;

/// <summary>Whether the actors a coder found for one slot (source or target) match the hand-coded ones of a PLOVER gold
/// record. Both sides are compared as sets of lower-case words (letters and digits; "the", "a", "an", "of" and a
/// possessive "'s" dropped). A found actor matches a gold actor when it holds every gold word and at most
/// <see cref="MaxExtraWords"/> more ("Russian President Vladimir Putin" for "Putin"), or when it is part of the gold
/// phrase that keeps the gold's head, its last word before a modifying preposition ("President Askar Akayev" for "Ousted
/// President Askar Akayev", "Rebels" for "Rebels in the Ivory Coast"; "Israeli" is not "Israeli police"). A slot matches when the gold lists no actor and nothing was found, or when
/// something was found and every found actor matches one of the gold actors (listing more actors cannot buy a match).
/// A pronoun never matches.</summary>
public static partial class PloverActorMatch
{
    /// <summary>The most words a found actor may hold beyond the gold phrase's.</summary>
    public const int MaxExtraWords = 5;

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal) { "the", "a", "an", "of", "s" };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "his", "its", "their",
    };

    /// <summary>Whether <paramref name="found"/> matches <paramref name="gold"/> (see the type's summary).</summary>
    public static bool Slot(IReadOnlyList<string> gold, IReadOnlyList<string> found)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(found);
        if (gold.Count == 0) return found.Count == 0;
        return found.Count > 0 && found.All(f => gold.Any(g => Actor(g, f)));
    }

    /// <summary>Whether one found actor matches one gold actor.</summary>
    public static bool Actor(string gold, string found)
    {
        var g = Words(gold);
        var f = Words(found);
        if (g.Count == 0 || f.Count == 0) return false;
        if (f.Count == 1 && Pronouns.Contains(f[0]) && found.Trim() == f[0]) return false; // "us", not "US"
        if (g.All(f.Contains) && f.Count <= g.Count + MaxExtraWords) return true;
        return f.All(g.Contains) && f.Contains(Head(Words(gold, keepOf: true)));
    }

    /// <summary>The gold phrase's head: its last word before a preposition that opens a modifier ("rebels" in "Rebels in
    /// the Ivory Coast", "president" in "president of Armenia"), else its last word.</summary>
    private static string Head(List<string> words)
    {
        for (var k = 1; k < words.Count; k++)
        {
            // "Hundreds of thousands of people": the head follows a quantity.
            if (Modifiers.Contains(words[k]) && !(words[k] == "of" && Quantities.Contains(words[k - 1]))) return words[k - 1];
        }
        return words[^1];
    }

    private static readonly HashSet<string> Quantities = new(StringComparer.Ordinal) { "hundreds", "thousands", "tens", "dozens", "millions", "scores", "group", "number", "some", "many", "most", "all", "one", "two", "three" };

    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal) { "of", "in", "from", "at", "on", "throughout", "loyal", "near", "inside" };

    private static List<string> Words(string text, bool keepOf = false)
    {
        var words = new List<string>();
        foreach (Match m in Word().Matches(text))
        {
            var w = m.Value.ToLowerInvariant();
            if (!Ignored.Contains(w) || (keepOf && w == "of")) words.Add(w);
        }
        return words;
    }
}
