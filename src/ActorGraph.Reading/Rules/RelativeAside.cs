using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>A verb inside a relative aside ("X, which refused to sign, has since clashed with Y") takes no object after the
/// aside's closing comma: what follows belongs to the main clause.</summary>
internal static class RelativeAside
{
    /// <summary>The closing comma of the ", which/who ... ," aside holding the token, or null when the token is in none.</summary>
    public static int? End(SentenceContext s, int token)
    {
        var open = -1;
        for (var k = token - 1; k >= 0 && token - k <= 12; k--)
        {
            if (s.KeyAt(k) != ",") continue;
            if (s.KeyAt(k + 1) is "which" or "who") open = k;
            break;
        }
        if (open < 0) return null;
        for (var k = token + 1; k < s.Tokens.Count; k++)
        {
            // A list's comma ("alongside the United Nations, ECOWAS and the EU") does not close the aside.
            if (s.KeyAt(k) == "," && !ListGoesOn(s, k)) return k;
            if (s.KeyAt(k) is ";" or ":" or "(") return null;
        }
        return null;
    }

    private static bool ListGoesOn(SentenceContext s, int comma) =>
        s.KeyAt(comma + 1) is "and" or "or" || s.Mentions.Any(m => m.First == comma + 1 || m.First == comma + 2 && s.KeyAt(comma + 1) == "the");
}
