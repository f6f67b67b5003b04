using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>The subject of a verb in a relative clause on a named actor: "the Emir of Qatar, NAME, who has been shuttling between
/// the two leaders", "NAME, who had chaired the sessions": the mention right before ", who" (not a speaker).</summary>
internal static class RelativeSubject
{
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "been", "was", "were", "is", "also", "repeatedly", "personally", "since", "then",
    };

    public static Mention? Before(SentenceContext s, int verb)
    {
        var k = verb - 1;
        while (k > 0 && Auxiliaries.Contains(s.KeyAt(k))) k--;
        if (s.KeyAt(k) != "who" || s.KeyAt(k - 1) != ",") return null;
        return s.Mentions.LastOrDefault(x => x.Last == k - 2 && x.IsArgument);
    }
}
