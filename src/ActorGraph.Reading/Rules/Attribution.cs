using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>Whose word a sentence is: the report's own ("reported") or one side's ("claimed": "according
/// to two sources within the group", "a Hamas official revealed that"). A confirmation by an official of
/// the acting side is reported; a first-person statement by the publisher is reported, and so is a joint statement.</summary>
internal static class Attribution
{
    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "revealed", "reveals", "told", "tells", "claimed", "claims", "stated", "states", "added",
        "alleged", "alleges", "insisted", "insists", "noted", "emphasized", "emphasised", "emphasizes", "emphasises", "stressed",
        "stresses", "maintained", "asserted", "indicated", "reported", "disclosed", "suggested", "argued", "expressed",
    };

    private static readonly HashSet<string> SourceWords = new(StringComparer.Ordinal)
    {
        "source", "sources", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "people", "aide", "aides",
        "diplomat", "diplomats", "reports", "media", "insiders", "negotiators", "statement",
    };

    /// <summary>True when the sentence is one side's word. <paramref name="carried"/> is true when the
    /// previous sentence of the same paragraph was attributed with "according to" (news style carries it on).</summary>
    public static (bool Claimed, bool AccordingTo) Of(SentenceContext s, bool carried)
    {
        var tokens = s.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Key == "according" && tokens[i + 1].Key == "to")
            {
                var phrase = Enumerable.Range(i + 2, Math.Max(0, Math.Min(tokens.Count, i + 9) - (i + 2))).ToList();
                if (phrase.Any(k => tokens[k].Key is "figures" or "data" or "statistics" or "estimates" or "toll" or "tally" or "law" or "plan" or "agreement")) continue;
                // "according to a joint statement": the word of all who issued it, not one side's.
                if (phrase.Any(k => tokens[k].Key is "joint")) continue;
                if (phrase.Any(k => SourceWords.Contains(tokens[k].Key) || s.Mentions.Any(m => m.First == k))) return (true, true);
            }
        }
        foreach (var m in s.Mentions)
        {
            if (m.Role is not (MentionRole.Speaker or MentionRole.Actor)) continue;
            if (s.Discourse.Speakers.Contains(m.Actor) || m.Rule.StartsWith("coref-first-person", StringComparison.Ordinal)) continue;
            for (var k = m.Last + 1; k <= Math.Min(tokens.Count - 1, m.Last + 3); k++)
            {
                var key = tokens[k].Key;
                if (key is "confirmed" or "confirming" or "confirms" or "announced" or "announces") break;
                if (ReportingVerbs.Contains(key) && (m.Role == MentionRole.Speaker || NextIsThat(s, k)) ) return (true, false);
            }
        }
        return (carried, false);
    }

    private static bool NextIsThat(SentenceContext s, int k) => s.KeyAt(k + 1) is "that" || s.KeyAt(k + 1) is "it" or "the" or "its" or "any";
}
