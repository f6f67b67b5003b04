using System.Text.RegularExpressions;
using ActorGraph.Core.Model;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

// Help with talks (issue 14): "A and B negotiated a ceasefire with X's help", "with the help of X" - a third party to a pair
// that negotiates in the same clause. Help with a task ("returned refugees with the help of UNHCR") is no mediation.
internal static partial class MediationCues
{
    [GeneratedRegex(@"\b(?:negotiat(?:e|es|ed|ing|ions?)|talks)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TalksAct();

    /// <summary>The clause of token <paramref name="t"/> names talks before it: "negotiated", "negotiations", "talks".</summary>
    private static bool TalksHelped(SentenceContext s, int t)
    {
        if (t <= 0) return false;
        var start = Arguments.ClauseStart(s, t);
        return TalksAct().IsMatch(s.Text[s.Tokens[start].Start..s.Tokens[t].Start]);
    }

    /// <summary>"negotiated with Benomar's help", "with the UN's help": the owner of the help mediates where talks are helped.</summary>
    private static void HelpCues(SentenceContext s, List<(List<DocActor> Mediators, int Token, string Rule, bool Offer)> cues)
    {
        for (var t = 2; t < s.Tokens.Count; t++)
        {
            if (s.KeyAt(t) != "help" || s.KeyAt(t - 1) is not ("'s" or "’s")) continue;
            if (s.Mentions.FirstOrDefault(m => m.Last == t - 2 && m.IsArgument) is not { } owner) continue;
            if (s.KeyAt(owner.First - 1) != "with" && !(s.KeyAt(owner.First - 1) == "the" && s.KeyAt(owner.First - 2) == "with")) continue;
            if (!TalksHelped(s, owner.First)) continue;
            cues.Add((owner.Actors.ToList(), t, "with-x-help", false));
        }
    }
}
