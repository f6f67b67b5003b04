using ActorGraph.Core.Model;
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

    private static readonly HashSet<string> MediationNouns = new(StringComparer.Ordinal) { "mediation", "mediator", "mediators", "facilitation", "facilitator", "facilitators" };

    /// <summary>Whether the sentence names the actor as the one leading a mediation ("the mediation team, led by X", "the
    /// facilitators, chaired by Y"): "led/headed/chaired by" right before the name, a mediation noun at most three words before
    /// that. Such an actor mediates the sentence's talks; it is not one of their sides unless the text says so elsewhere.</summary>
    public static bool LeadsMediation(SentenceContext s, DocActor actor)
    {
        foreach (var m in s.Mentions.Where(m => m.Actors.Contains(actor)))
        {
            var k = m.First - 1;
            while (k >= 0 && m.First - k <= 3 && s.KeyAt(k) is "the") k--;
            if (k < 1 || s.KeyAt(k) != "by" || s.KeyAt(k - 1) is not ("led" or "headed" or "chaired")) continue;
            var before = k - 2;
            if (s.KeyAt(before) == ",") before--;
            if (Enumerable.Range(Math.Max(0, before - 3), before - Math.Max(0, before - 3) + 1).Any(j => MediationNouns.Contains(s.KeyAt(j)))) return true;
        }
        return false;
    }

    /// <summary>"Upon the invitation of President X of A, President Y of B and President Z of C came together": a list of three or
    /// more subjects without the go-between and the state or body they hold office in, and without a state or government whose
    /// office holder is listed beside it (the person stands for it), so that the two who met remain. Lists of two are kept.</summary>
    public static List<DocActor> WithoutInviters(SentenceContext s, List<DocActor> subjects)
    {
        if (subjects.Count <= 2) return subjects;
        var between = subjects.Where(a => IsGoBetween(s, a)).ToList();
        if (between.Count == 0) return subjects;
        var kept = subjects.Where(a => !between.Contains(a) && !between.Any(g => g.Office?.Affiliation == a)).ToList();
        return kept.Where(a => !kept.Any(p => p.Kind == ActorKind.Person && p.Office?.Affiliation == a)).ToList();
    }
}
