using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>Actors a sentence names as the third party of talks rather than one of their sides: the agent of "facilitated /
/// mediated / brokered / hosted / chaired by X", "under the auspices of X", "under X auspices", "X-facilitated dialogue",
/// "X ... as an observer", "X and Y acted as mediators". Such an actor does not negotiate with the sides (it mediates, hosts or watches); the talks' sides come
/// from elsewhere in the sentence or the report.</summary>
internal static class ThirdParties
{
    private static readonly HashSet<string> AgentVerbs = new(StringComparer.Ordinal)
    {
        "facilitated", "mediated", "brokered", "hosted", "chaired", "co-chaired", "convened", "moderated", "sponsored", "observed", "witnessed", "shepherded",
    };

    private static readonly HashSet<string> OfNouns = new(StringComparer.Ordinal) { "auspices", "facilitation", "mediation", "chairmanship", "sponsorship", "patronage" };

    private static readonly HashSet<string> CompoundVerbs = new(StringComparer.Ordinal) { "facilitated", "mediated", "brokered", "hosted", "sponsored", "led" };

    /// <summary>Whether the mention of <paramref name="actor"/> nearest to the trigger at <paramref name="trigger"/> names it as a
    /// third party.</summary>
    public static bool Nearest(SentenceContext s, DocActor actor, int trigger)
    {
        Mention? nearest = null;
        foreach (var m in s.Mentions)
        {
            if (!m.Actors.Contains(actor)) continue;
            if (nearest is null || Distance(m, trigger) < Distance(nearest, trigger)) nearest = m;
        }
        return nearest is not null && IsThirdParty(s, nearest, 0);
    }

    private static int Distance(Mention m, int trigger) => m.Last < trigger ? trigger - m.Last : m.First - trigger;

    private static bool IsThirdParty(SentenceContext s, Mention m, int depth)
    {
        // "X-facilitated Dialogue", "the EU-led dialogue".
        if (s.KeyAt(m.Last + 1) == "-" && CompoundVerbs.Contains(s.KeyAt(m.Last + 2))) return true;
        // "under United Nations auspices".
        if (s.KeyAt(m.Last + 1) == "auspices" || s.KeyAt(m.Last + 1) == "'s" && s.KeyAt(m.Last + 2) == "auspices") return true;
        // "... as an observer", "as observers".
        if (s.KeyAt(m.Last + 1) == "as" && (s.KeyAt(m.Last + 2) is "observer" or "observers" || s.KeyAt(m.Last + 2) is "an" or "a" && s.KeyAt(m.Last + 3) == "observer")) return true;
        if (ActsAs(s, m)) return true;
        var k = m.First - 1;
        // Titles and articles between the cue and the name: "facilitated by the African Union", "by Senior Advisor X".
        // "under the auspices of the Chairperson of the African Union": a title's own "of" too.
        while (k >= 0 && m.First - k <= 7 && (s.KeyAt(k) == "the" || s.Tokens[k].IsCapitalised && s.KeyAt(k) is not ("by" or "of")
               || s.KeyAt(k) == "of" && k > 0 && s.Tokens[k - 1].IsCapitalised && s.KeyAt(k - 1) != "the")) k--;
        if (k < 1) return false;
        // "co-chaired by ECOWAS and the European Union": a later item of a third parties' list.
        if (s.KeyAt(k) is "and" or "," && depth < 4 && s.Mentions.FirstOrDefault(x => x.Last == k - 1) is { } listed) return IsThirdParty(s, listed, depth + 1);
        if (s.KeyAt(k) == "by")
        {
            var verb = s.KeyAt(k - 1) is "jointly" or "partly" or "also" ? k - 2 : k - 1;
            if (AgentVerbs.Contains(s.KeyAt(verb))) return true;
            // "co-chaired by": split at its hyphen.
            if (s.KeyAt(verb) == "chaired" && s.KeyAt(verb - 1) == "-") return true;
        }
        return s.KeyAt(k) == "of" && OfNouns.Contains(s.KeyAt(k - 1));
    }

    private static readonly HashSet<string> ActVerbs = new(StringComparer.Ordinal) { "acted", "act", "acts", "acting", "served", "serve", "serves", "serving" };

    private static readonly HashSet<string> ThirdRoles = new(StringComparer.Ordinal)
    {
        "mediator", "mediators", "facilitator", "facilitators", "guarantor", "guarantors", "observer", "observers", "host", "hosts", "go-between", "go-betweens", "intermediary", "intermediaries",
    };

    /// <summary>"talks in which Qatar, Egypt and the United States acted as mediators": the mention, or the list it opens, is
    /// followed by "acted / served as (the) mediators" (or facilitators, guarantors, observers, hosts).</summary>
    private static bool ActsAs(SentenceContext s, Mention m)
    {
        var last = m;
        for (var items = 0; items < 6; items++)
        {
            var k = last.Last + 1;
            if (s.KeyAt(k) == "," && s.KeyAt(k + 1) == "and") k++;
            if (s.KeyAt(k) is not ("," or "and")) break;
            var next = s.Mentions.FirstOrDefault(x => x.First == k + 1 || x.First == k + 2 && s.KeyAt(k + 1) == "the");
            if (next is null) break;
            last = next;
        }
        var v = last.Last + 1;
        if (s.KeyAt(v) is "have" or "has" or "had" or "also") v++;
        if (!ActVerbs.Contains(s.KeyAt(v)) || s.KeyAt(v + 1) != "as") return false;
        var role = s.KeyAt(v + 2) is "the" or "a" or "an" or "its" or "their" ? v + 3 : v + 2;
        return ThirdRoles.Contains(s.KeyAt(role));
    }
}
