using System.Text.RegularExpressions;
using ActorGraph.Core.Model;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

// Wordings of mediation found in held-out reports 97-106 (sixteenth session): nouns for a go-between after a state's adjective,
// a role noun whose holders follow in a colon list, and "power broker" (influence, not mediation).
internal static partial class MediationCues
{
    /// <summary>"an American intermediary", "a Qatari go-between": nouns that, like "mediator", name who stands between the sides.</summary>
    private static bool GoBetweenNoun(string key) => key is "intermediary" or "intermediaries" or "go-between" or "go-betweens" or "middleman" or "middlemen";

    /// <summary>The mediator noun at <paramref name="t"/>, with "go-between" read whole (the tokenizer splits it at its hyphen).</summary>
    private static string NounKey(SentenceContext s, int t) =>
        s.KeyAt(t) == "go" && s.KeyAt(t + 1) == "-" && s.KeyAt(t + 2) is "between" or "betweens" ? "go-" + s.KeyAt(t + 2) : s.KeyAt(t);

    /// <summary>"the real power broker in the region", "Moscow's role as power broker": a "broker" after "power" is one who has
    /// influence, not one who brokers a deal between sides.</summary>
    private static bool PowerBroker(SentenceContext s, int t) => s.KeyAt(t) is "broker" or "brokers" && s.KeyAt(t - 1) == "power";

    /// <summary>"the four men who served as mediators: A, the community's founder; B, a parish priest; and C", "The facilitators:
    /// X and Y": when a mediator noun ends its clause with a colon, the ones listed after it are the mediators, the first actor
    /// of each part (between semicolons, else between commas and "and"), so that an appositive's body ("a member of the Italian
    /// parliament") is no mediator of its own. Returns whether the cue was taken.</summary>
    private static bool ColonListCue(SentenceContext s, int t, List<(List<DocActor>, int, string, bool)> cues)
    {
        var noun = NounKey(s, t);
        var after = noun.StartsWith("go-", StringComparison.Ordinal) ? t + 3 : t + 1;
        if (noun is not ("mediators" or "mediator" or "facilitators" or "facilitator" or "intermediaries" or "go-betweens") || s.KeyAt(after) != ":") return false;
        // "FACILITATOR: The International Contact Group, which includes ...": a speaker tag opening a transcript's turn.
        if (t == 0 || s.Tokens[t].Text.All(c => !char.IsLetter(c) || char.IsUpper(c))) return false;
        var from = after + 1;
        var semicolons = Enumerable.Range(from, Math.Max(0, s.Tokens.Count - from)).Any(k => s.KeyAt(k) == ";");
        var listed = new List<DocActor>();
        var start = from;
        for (var k = from; k <= s.Tokens.Count; k++)
        {
            var end = k == s.Tokens.Count || s.KeyAt(k) is ";" or "." || !semicolons && s.KeyAt(k) is "," or "and";
            if (!end) continue;
            if (s.Mentions.Where(m => m.IsArgument && m.First >= start && m.Last < k).MinBy(m => m.First) is { } head)
                listed.AddRange(head.Actors.Where(a => a.Kind is not (ActorKind.Territory or ActorKind.Population)));
            if (k < s.Tokens.Count && s.KeyAt(k) == ".") break;
            start = k + 1;
        }
        listed = listed.Distinct().ToList();
        if (listed.Count == 0) return false;
        cues.Add((listed, t, "listed-mediators", false));
        return true;
    }

    /// <summary>"under my auspices", "I place my good offices at the disposal of the parties", "our facilitation": a possessive
    /// pronoun that the references resolved (to the issuer of a signed text, the signatories) owns the mediation, as "X's
    /// mediation" does. Unresolved pronouns give nothing.</summary>
    private static bool PronounOwnerCue(SentenceContext s, int t, List<(List<DocActor>, int, string, bool)> cues)
    {
        if (s.KeyAt(t - 1) is not ("my" or "our" or "his" or "her" or "its" or "their")
            || s.KeyAt(t) is not ("mediation" or "facilitation" or "auspices" or "good" or "intercession")
            || s.Mentions.FirstOrDefault(m => m.First == t - 1 && m.Last == t - 1 && m.IsArgument) is not { } owner) return false;
        var owners = owner.Actors.Where(a => a.Kind is not (ActorKind.Territory or ActorKind.Population)).ToList();
        if (owners.Count == 0) return false;
        cues.Add((owners, t, "possessive-mediation", false));
        return true;
    }

    private static readonly HashSet<string> ActVerbs = new(StringComparer.Ordinal) { "acted", "act", "acts", "acting", "served", "serve", "serves", "serving" };

    /// <summary>"New Zealand acted as host and, at the request of both sides, as a neutral go-between": a second "as" joined to
    /// the first by "and" (an aside between commas may stand between them) shares the first one's verb and subject, so the
    /// mediator noun after it names the subject's role too. Only "acted / served as"; the aside holds no full stop or semicolon.</summary>
    private static bool CoordinatedAsCue(SentenceContext s, int t, List<(List<DocActor>, int, string, bool)> cues)
    {
        if (NounKey(s, t) is not ("mediator" or "mediators" or "facilitator" or "facilitators" or "go-between" or "go-betweens" or "intermediary" or "intermediaries" or "broker")) return false;
        var second = -1;
        for (var k = t - 1; k >= Math.Max(0, t - 4); k--)
            if (s.KeyAt(k) == "as") { second = k; break; }
        if (second < 1 || ActVerbs.Contains(s.KeyAt(second - 1))) return false;
        // Back over ", at the request of both sides ," to the "and" that joins the two roles.
        var k2 = second - 1;
        if (s.KeyAt(k2) == ",")
        {
            var open = -1;
            for (var j = k2 - 1; j >= Math.Max(0, k2 - 12); j--)
            {
                if (s.KeyAt(j) is ";" or ".") return false;
                if (s.KeyAt(j) == "," ) { open = j; break; }
            }
            if (open < 0) return false;
            k2 = open - 1;
        }
        if (s.KeyAt(k2) != "and") return false;
        for (var j = k2 - 1; j >= Math.Max(1, k2 - 6); j--)
        {
            if (s.KeyAt(j) is ";" or "." or ",") return false;
            if (s.KeyAt(j) != "as" || !ActVerbs.Contains(s.KeyAt(j - 1))) continue;
            var subject = Arguments.Subject(s, j - 1);
            if (subject.Count == 0) return false;
            cues.Add((Arguments.Actors(subject), t, "plays-mediation-role", false));
            return true;
        }
        return false;
    }

    // "how the OIC helped end the armed conflict between A and B", "Qatar helped settle the dispute between": a third party that
    // helps end a conflict between two sides stands between them.
    [GeneratedRegex(@"\bhelp(?:s|ed|ing)?\s+(?:to\s+)?(?:end|resolve|settle|defuse|bring an end to|put an end to)\s+(?:the\s+|a\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:conflict|war|dispute|crisis|fighting|standoff|stand-off|feud)\s+between\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HelpedEnd();

    /// <summary>"X helped end the conflict between A and B": the subject right before "helped" (a name, not "X's offensive")
    /// mediates; the pair is the "between" of the sentence.</summary>
    private static void HelpedEndCues(SentenceContext s, List<(List<DocActor> Mediators, int Token, string Rule, bool Offer)> cues)
    {
        foreach (Match m in HelpedEnd().Matches(s.Text))
        {
            var t = RuleEngine.TokenAt(s, m.Index);
            // "the Organisation of the Islamic Conference (OIC) helped": past the acronym in brackets.
            // "the Organisation of the Islamic Conference (OIC) helped": the name before the brackets, else the acronym in them.
            var (k, inside) = (t - 1, -1);
            if (s.KeyAt(k) == ")") for (var open = k - 1; open >= Math.Max(0, k - 4); open--) if (s.KeyAt(open) == "(") { (k, inside) = (open - 1, open + 1); break; }
            var subject = s.Mentions.FirstOrDefault(x => (x.Last == k || x.Last == t - 1) && x.IsArgument)
                ?? (inside > 0 ? s.Mentions.FirstOrDefault(x => x.First >= inside && x.Last < t - 1 && x.IsArgument) : null);
            if (subject is null) continue;
            var helpers = subject.Actors.Where(a => a.Kind is not (ActorKind.Territory or ActorKind.Population)).ToList();
            if (helpers.Count > 0) cues.Add((helpers, t, "helped-end-conflict", false));
        }
    }
}
