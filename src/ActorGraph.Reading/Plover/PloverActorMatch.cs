using System.Text.RegularExpressions;

namespace ActorGraph.Reading.Plover;

/// <summary>Whether the actors a coder found for one slot (source or target) match the hand-coded ones of a PLOVER gold
/// record. Both sides are compared as sets of lower-case words (letters and digits; "the", "a", "an", "of" and a
/// possessive "'s" dropped). A found actor matches a gold actor when it holds every gold word and at most
/// <see cref="MaxExtraWords"/> more ("Russian President Vladimir Putin" for "Putin"), or when it is part of the gold
/// phrase that keeps the gold's last word, its head ("President Askar Akayev" for "Ousted President Askar Akayev";
/// "Israeli" is not "Israeli police"). A slot matches when the gold lists no actor and nothing was found, or when
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
        if (f.Count == 1 && Pronouns.Contains(f[0]) && found.Trim().Equals(f[0], StringComparison.OrdinalIgnoreCase)) return false;
        if (g.All(f.Contains) && f.Count <= g.Count + MaxExtraWords) return true;
        return f.All(g.Contains) && f.Contains(g[^1]);
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (Match m in Word().Matches(text))
        {
            var w = m.Value.ToLowerInvariant();
            if (!Ignored.Contains(w)) words.Add(w);
        }
        return words;
    }
}
