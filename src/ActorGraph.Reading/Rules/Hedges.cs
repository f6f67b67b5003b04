using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>Hedged attribution before a fact's trigger that names no speaker: an adverb ("the rebels reportedly
/// attacked"), a passive report ("the bishops are said to have proposed", "is believed to have met") or unnamed
/// sources ("sources close to the government said that X would reject"). What follows is someone's word, not the
/// report's own: claimed. A named speaker ("the minister said that") is <see cref="Attribution"/>'s.</summary>
internal static class Hedges
{
    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "reportedly", "allegedly", "purportedly", "reputedly", "supposedly",
    };

    // "is said to", "were believed to", "has been reported to".
    private static readonly HashSet<string> PassiveReports = new(StringComparer.Ordinal)
    {
        "said", "believed", "thought", "alleged", "reported", "rumoured", "rumored", "understood", "claimed", "suspected",
    };

    private static readonly HashSet<string> Be = new(StringComparer.Ordinal) { "is", "are", "was", "were", "been", "being", "be" };

    private static readonly HashSet<string> UnnamedSources = new(StringComparer.Ordinal)
    {
        "sources", "source", "insiders", "insider",
    };

    private static readonly HashSet<string> SourceVerbs = new(StringComparer.Ordinal)
    {
        "said", "say", "says", "told", "tell", "tells", "claimed", "claim", "claims", "suggested", "suggest", "indicated", "alleged",
        "insisted", "believe", "believed",
    };

    /// <summary>True when a hedge stands before token <paramref name="trigger"/>: an adverb or passive report inside the
    /// trigger's clause (from <paramref name="clauseStart"/>), or unnamed sources with their verb anywhere before it in the
    /// sentence up to a semicolon ("sources said that ..., and that ..." carries on).</summary>
    public static bool Before(SentenceContext s, int trigger, int clauseStart)
    {
        for (var k = trigger - 1; k >= Math.Max(0, clauseStart); k--)
        {
            var key = s.KeyAt(k);
            if (Adverbs.Contains(key)) return true;
            if (PassiveReports.Contains(key) && Be.Contains(s.KeyAt(k - 1)) && s.KeyAt(k + 1) == "to") return true;
        }
        var verb = -1;
        for (var k = trigger - 1; k >= 0; k--)
        {
            var key = s.KeyAt(k);
            if (key == ";") return false;
            if (SourceVerbs.Contains(key)) verb = k;
            // "sources close to the government said", "sources within the group told": the verb within six words.
            else if (UnnamedSources.Contains(key) && verb > k && verb - k <= 6 && (k == 0 || !s.Tokens[k].IsCapitalised)) return true;
        }
        return false;
    }
}
