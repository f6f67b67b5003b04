using ActorGraph.Core.Model;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>The modality of a fact from the words before its trigger: a denial ("did not meet"), a hope,
/// intention or future ("could prompt", "is expected to", "hopes to", "will"), else the sentence's
/// attribution (claimed or reported).</summary>
internal static class ModalityCues
{
    private static readonly HashSet<string> Hope = new(StringComparer.Ordinal)
    {
        "will", "would", "could", "should", "may", "might", "shall", "hope", "hopes", "hoped", "hoping", "expected", "expects",
        "plan", "plans", "planned", "intend", "intends", "intended", "aim", "aims", "seek", "seeks", "wants", "want", "ready",
        "open", "prepared", "potential", "possible", "proposed", "future", "continue", "undertakes", "undertake", "pledge",
        "pledged", "vow", "vowed", "desire", "wish", "wishes", "strive", "towards", "toward", "can",
    };

    // An instruction or request to act ("instructed envoys to engage", "urged both sides to return") is not the
    // act itself: what follows its "to" is intended, not done.
    private static readonly HashSet<string> Directive = new(StringComparer.Ordinal)
    {
        "instruct", "instructs", "instructed", "direct", "directs", "directed", "urge", "urges", "urged", "task", "tasks",
        "tasked", "mandate", "mandates", "mandated", "order", "orders", "ordered", "invite", "invites", "invited",
    };

    private static readonly HashSet<string> Negation = new(StringComparer.Ordinal)
    {
        "not", "n't", "never", "no", "denied", "denies", "deny", "neither", "nor", "refused", "refuses", "refuse", "declined", "declines",
    };

    // Commitments to abstain ("refrain from accusations") are not facts at all.
    private static readonly HashSet<string> Abstain = new(StringComparer.Ordinal)
    {
        "refrain", "refrained", "refraining", "without", "avoid", "avoiding", "prevent", "preventing", "stop", "stopping", "cease",
    };

    private static readonly HashSet<string> Reporting = new(StringComparer.Ordinal)
    {
        "confirming", "confirmed", "confirms", "said", "says", "revealed", "announced", "reported", "noted", "stated",
    };

    /// <summary>Modality for a trigger at token <paramref name="trigger"/>; <paramref name="claimed"/> is the
    /// sentence's attribution. Null when the words commit to abstain from the act ("refrain from").</summary>
    public static Modality? For(SentenceContext s, int trigger, bool claimed, int clauseStart)
    {
        var from = Math.Max(clauseStart, trigger - 5);
        for (var k = trigger - 1; k >= from; k--)
        {
            if (Abstain.Contains(s.KeyAt(k))) return null;
            if (Negation.Contains(s.KeyAt(k))) return Modality.Denied;
        }
        // "should address their key demands": a possessed noun names demands that exist; the hope is about something else.
        if (s.KeyAt(trigger - 1) is "their" or "its" or "his" or "her" || (s.KeyAt(trigger - 2) is "their" or "its" or "his" or "her" && s.KeyAt(trigger - 1) is "key" or "main" or "core" or "central"))
            return claimed ? Modality.Claimed : Modality.Reported;
        // "accused Rwanda of backing the rebels": what someone is accused of is their claim, not a reported fact.
        if (s.KeyAt(trigger - 1) == "of" && Enumerable.Range(Math.Max(clauseStart, trigger - 8), Math.Max(0, trigger - 1 - Math.Max(clauseStart, trigger - 8)))
            .Any(k => s.KeyAt(k).StartsWith("accus", StringComparison.Ordinal)))
            return Modality.Claimed;
        // Hope reaches further: "expressed hope that international pressure ... could prompt".
        for (var k = trigger - 1; k >= 0 && k >= trigger - 10; k--)
        {
            var key = s.KeyAt(k);
            // "has kept open a channel to both camps": a channel kept open is a fact, not a hope.
            if (key == "open" && s.KeyAt(k - 1) is "kept" or "keep" or "keeps" or "keeping" or "left" or "held") continue;
            if (Hope.Contains(key) && !(key is "may" or "can" && s.Tokens[k].IsCapitalised)) return Modality.Hoped;
            if (Directive.Contains(key) && ToBetween(s, k, trigger)) return Modality.Hoped;
            if (key is ";" || (key == "that" && Reporting.Contains(s.KeyAt(k - 1)))) break;
        }
        return claimed || Hedges.Before(s, trigger, clauseStart) ? Modality.Claimed : Modality.Reported;
    }

    private static bool ToBetween(SentenceContext s, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
            if (s.KeyAt(k) == "to") return true;
        return false;
    }
}
