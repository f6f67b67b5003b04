using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>The agents listed after a passive's "by" or a frame's "of", when each is set out with its title and name in comma
/// segments: "facilitated by the Special Representative of the EU, Mr. A, and the Special Envoy of the US, Mr. B, who ...".
/// <see cref="Arguments.Object"/> stops at the first ", and" (there it usually opens a new clause: "brokered by Qatar, and Hamas
/// rejected"); here a segment is taken on only when it holds nothing but names, titles and little words, so a segment with a
/// verb or any other lower-case word ends the list.</summary>
internal static class AgentLists
{
    private static readonly HashSet<string> Little = new(StringComparer.Ordinal)
    {
        "the", "of", "for", "and", "on", "in", "to", "de", "la", "du", "des", "al", "bin", "van", "von", "der", "'s", "’s", "-", ".",
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "both", "also", "former", "special", "personal", "high", "deputy", "then",
    };

    /// <summary>The mentions of the agent list after the token <paramref name="by"/> ("by", or the "of" of a frame), within
    /// <paramref name="reach"/> tokens for the first; empty when none.</summary>
    /// <remarks>With <paramref name="appositives"/> false, a segment that is an appositive of the agent before (no "and") ends the
    /// list: "under the mediation of the Chairman of X, His Excellency NAME," keeps the body (the person is read by the title rules, and
    /// "the Mediator" later stands for the cue's one mediator).</remarks>
    public static List<Mention> After(SentenceContext s, int by, int reach = 8, bool appositives = true)
    {
        var list = Arguments.Object(s, by, reach);
        if (list.Count == 0) return list;
        // "brokered by Norway, and Russia condemned it": after ", and" an item followed by a verb opens a new clause.
        for (var i = 1; i < list.Count; i++)
        {
            if (!Enumerable.Range(list[i - 1].Last + 1, Math.Max(0, list[i].First - list[i - 1].Last - 1)).Any(k => s.KeyAt(k) == "," && s.KeyAt(k + 1) == "and")) continue;
            var next = list[i].Last + 1;
            if (next < s.Tokens.Count && s.Tokens[next].IsWord && !s.Tokens[next].IsCapitalised && !Little.Contains(s.KeyAt(next))
                && s.KeyAt(next) is not ("who" or "which" or "whose" or "and" or "as" or "with" or "at" or "from" or "by"))
            {
                list = list.Take(i).ToList();
                break;
            }
        }
        var end = Arguments.ClauseEnd(s, by);
        // Continue segment by segment from the first comma after the list.
        var k = list[^1].Last + 1;
        while (k < s.Tokens.Count && s.KeyAt(k) == ",")
        {
            var from = k + 1;
            var to = from;
            while (to < s.Tokens.Count && s.KeyAt(to) is not ("," or ";" or ":" or "(" or ")") && !(to > from && s.KeyAt(to) == "." && to == s.Tokens.Count - 1)) to++;
            if (to == from || s.KeyAt(from) is "who" or "which" or "whose" or "whom" or "while" or "but" or "as" or "in" or "on" or "at" or "from" or "to" or "for" or "then") break;
            var inside = s.Mentions.Where(m => m.IsArgument && m.First >= from && m.Last < to).OrderBy(m => m.First).ToList();
            if (inside.Count == 0 || !OnlyNames(s, from, to, inside)) break;
            // ", and the Special Envoy of Y" is a new agent; a segment without "and" is an appositive of the one before ("Mr. A",
            // "President of X and Champion of Y"), whose bodies are the agent's offices, not more agents: only its persons count.
            if (s.KeyAt(from) != "and") inside = appositives ? inside.Where(m => m.Actors.All(a => a.Kind == Core.Model.ActorKind.Person)).ToList() : [];
            foreach (var m in inside.Where(m => !list.Contains(m))) list.Add(m);
            k = to;
            if (to >= end && s.KeyAt(to) != ",") break;
        }
        return list;
    }

    /// <summary>"Under the aegis of X, A and B signed": a frame that opens the sentence ends at the first comma after its first agent;
    /// the list after that comma is the main clause's subject ("Under the auspices of X and Y, A and B met" keeps X and Y).</summary>
    public static List<Mention> Fronted(SentenceContext s, int frameFirst, List<Mention> list)
    {
        if (list.Count < 2 || !Opens(s, frameFirst)) return list;
        var comma = Enumerable.Range(list[0].Last + 1, Math.Max(0, list[^1].First - list[0].Last - 1)).FirstOrDefault(k => s.KeyAt(k) == ",", -1);
        return comma < 0 ? list : list.Where(m => m.Last < comma).ToList();
    }

    /// <summary>Whether the frame at <paramref name="first"/> opens the sentence (after at most a short adverbial and a comma:
    /// "In 2009, under the aegis of X, ..."), also after a timeline's date stamp ("23 November 2011 - In Riyadh, in the presence
    /// of X, A signs").</summary>
    private static bool Opens(SentenceContext s, int first)
    {
        var start = TimelineStamp.End(s);
        return first == start || first - start <= 6 && first > start && s.KeyAt(first - 1) == "," && !Enumerable.Range(start, first - 1 - start).Any(k => s.KeyAt(k) == ",");
    }

    private static bool OnlyNames(SentenceContext s, int from, int to, List<Mention> inside)
    {
        for (var k = from; k < to; k++)
        {
            if (inside.Any(m => m.First <= k && k <= m.Last)) continue;
            if (s.Tokens[k].IsCapitalised || Little.Contains(s.KeyAt(k))) continue;
            return false;
        }
        return true;
    }
}
