using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Recognition;

/// <summary>Actors named as the channel or host of a fact ("talks conducted through Senior Advisor X", "met at the invitation
/// of Y", "under the auspices of Z"): a go-between, never one of the two parties that "the two leaders" refers to.</summary>
internal static class GoBetweens
{
    private static readonly HashSet<string> Channels = new(StringComparer.Ordinal) { "through", "via" };

    private static readonly HashSet<string> HostNouns = new(StringComparer.Ordinal) { "invitation", "auspices", "mediation", "facilitation", "initiative" };

    /// <summary>Whether the sentence names the actor right after "through", "via" or "the invitation/auspices of" (titles and
    /// capitalised words of the name's phrase may come between).</summary>
    public static bool IsGoBetween(SentenceContext s, DocActor actor)
    {
        foreach (var m in s.Mentions.Where(m => m.Actors.Contains(actor)))
        {
            var k = m.First - 1;
            while (k >= 0 && m.First - k <= 5 && (s.Tokens[k].IsCapitalised || s.KeyAt(k) is "the" or "," or "mr." or "mr")) k--;
            if (k < 0) continue;
            if (Channels.Contains(s.KeyAt(k))) return true;
            if (s.KeyAt(k) == "of" && HostNouns.Contains(s.KeyAt(k - 1))) return true;
        }
        return false;
    }
}
