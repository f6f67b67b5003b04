using System.Text.RegularExpressions;
using ActorGraph.Core.Model;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

// General coverage of mediating acts the narrow patterns miss (issue 14): verbs that mediate only with talks as their object
// ("shepherded the negotiations", "presided over the final talks"), their passives ("talks overseen by X"), frames ("under the
// aegis / sponsorship of X", "through the intercession of X", "thanks to X's mediation"), "brought together A and B", "brought A
// and B to the negotiating table", "at the invitation of X, A and B met", and a co-mediator named after the act ("helped broker
// the accord together with Y"). The mediator is the act's agent: the subject, the by-phrase, the of-phrase or the possessor.
internal static partial class MediationCues
{
    // The talks a weak verb must govern to mediate: "chaired the talks" mediates, "chaired the committee" does not.
    private const string TalksObject = @"(?:the\s+|a\s+|an\s+|their\s+|these\s+|those\s+|both\s+|all\s+|several\s+|two\s+|three\s+|new\s+)?(?:[\w-]+\s+){0,2}?(?:talks|negotiations|peace\s+process|dialogue|consultations|mediation|peace\s+conference|proximity\s+talks)\b";

    // Active weak verbs: "X shepherded the negotiations", "X and Y presided over the final negotiations", "X oversaw the talks",
    // "X sponsored the talks", "X moderated the dialogue". Not "hosted" (a host is no mediator unless the text says it facilitated).
    [GeneratedRegex(@"\b(?:co-)?(?:shepherd(?:s|ed|ing)?|steer(?:s|ed|ing)?|overs(?:ee|ees|aw|eeing)|(?:co-)?sponsor(?:s|ed|ing)?|moderat(?:e|es|ed|ing)|presid(?:e|es|ed|ing)\s+over|(?:co-)?chair(?:s|ed|ing)?)\s+(?!by\b|jointly\b|in\s+part\b)" + TalksObject, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeakActive();

    // Their passives, after a process noun: "the talks, shepherded by X,", "negotiations overseen by X", "presided over by X".
    [GeneratedRegex(@"\b(?:co-)?(?:shepherded|steered|overseen|moderated|presided\s+over|co-sponsored|co-facilitated|co-mediated|co-brokered|hosted\s+and\s+(?:facilitated|mediated))\s+(?:jointly\s+)?by\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeakPassive();

    // Frames naming the mediator after "of": "under the aegis of X", "under the sponsorship of X", "through the intercession of X",
    // "thanks to the mediation of X" (the noun "mediation" itself is read by NounCue), "with the good offices of X".
    [GeneratedRegex(@"\b(?:under\s+the\s+(?:co-)?(?:sponsorship|aegis|stewardship)|through\s+the\s+(?:intercession|intermediary)|thanks\s+to\s+the\s+(?:\w+\s+)?(?:intercession|efforts)|(?:thanks|owing|due)\s+to\s+the\s+(?:good\s+offices|facilitation))\s+of\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfFrame();

    // The possessive frames: "under X's sponsorship / aegis", "thanks to X's efforts / intercession".
    [GeneratedRegex(@"\b(?:under|thanks\s+to|through)\s+(?<owner>(?:the\s+)?[^,;.]{2,60}?)(?:'s|’s|')\s+(?:\w+\s+)?(?:sponsorship|aegis|intercession|efforts|good\s+offices|stewardship)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnerFrame();

    // "at the invitation of X": a mediator only when two sides then meet or talk in the same sentence.
    [GeneratedRegex(@"\bat\s+the\s+(?:joint\s+)?invitation\s+of\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Invitation();

    [GeneratedRegex(@"\b(?:met|meet|meets|meeting|held\s+(?:\w+\s+)?talks|negotiat(?:ed|e|es|ing)|signed|agreed|concluded|sat\s+down)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SidesMet();

    // A process word in the sentence: frames of credit ("thanks to the efforts of X") mediate only when the sentence tells talks
    // or a deal ("thanks to the efforts of the Red Cross, aid reached the town" is none).
    [GeneratedRegex(@"\b(?:talks|negotiations?|negotiated|dialogue|agreement|accord|deal|ceasefire|cease-fire|truce|settlement|peace|treaty|reconcil\w*|met|meeting|signed|protocols?|memorandum|declaration)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProcessWord();

    // "brought together A and B", "brought A and B to the (negotiating / same) table".
    [GeneratedRegex(@"\b(?:brought|bring|brings|bringing)\s+together\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BringTogether();

    [GeneratedRegex(@"\b(?:brought|bring|brings|bringing)\b(?<objects>[^;:]{3,160}?)\bto\s+the\s+(?:same\s+|negotiating\s+|peace\s+|conference\s+)?table\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BringToTable();

    // A co-mediator named after the act: "helped broker the accord together with the OAS", "mediated alongside Y", "jointly with Y".
    [GeneratedRegex(@"^[^;:]{0,60}?\b(?:together\s+with|jointly\s+with|in\s+tandem\s+with|alongside)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CoMediator();

    private static void GeneralCues(SentenceContext s, List<(List<DocActor> Mediators, int Token, string Rule, bool Offer)> cues, Dictionary<int, (DocActor, DocActor)> together,
        Dictionary<int, List<DocActor>> more)
    {
        foreach (Match m in WeakActive().Matches(s.Text))
        {
            var t = RuleEngine.TokenAt(s, m.Index);
            var end = RuleEngine.TokenAt(s, m.Index + m.Length - 1);
            if (t < 0 || end < 0 || s.KeyAt(t - 1) == "to" && s.KeyAt(t - 2) is "asked" or "invited") continue;
            // "the government chaired talks with the rebels": who talks "with" another is a side.
            if (s.KeyAt(end + 1) == "with") continue;
            var subject = RelativeSubject.Before(s, t) is { } relative ? [relative] : Arguments.Subject(s, t);
            if (subject.Count > 0) cues.Add((Arguments.Actors(subject), t, "runs-talks", false));
        }
        foreach (Match m in WeakPassive().Matches(s.Text))
        {
            if (!TalksNoun().IsMatch(s.Text[..m.Index]) && !ProcessNounBefore(s.Text[..m.Index])) continue;
            var by = RuleEngine.TokenAt(s, m.Index + m.Length - 1);
            var agents = Arguments.Actors(NotSpeakers(s, AgentLists.After(s, by)));
            if (agents.Count > 0) cues.Add((agents, RuleEngine.TokenAt(s, m.Index), "run-by", false));
        }
        foreach (Match m in OfFrame().Matches(s.Text))
        {
            if (!ProcessWord().IsMatch(s.Text)) continue;
            var of = RuleEngine.TokenAt(s, m.Index + m.Length - 1);
            var agents = Arguments.Actors(NotSpeakers(s, AgentLists.Fronted(s, RuleEngine.TokenAt(s, m.Index), AgentLists.After(s, of, 4))));
            if (agents.Count > 0 && (!m.Value.Contains("efforts", StringComparison.OrdinalIgnoreCase) || TwoSidesBeside(s, agents)))
                cues.Add((agents, RuleEngine.TokenAt(s, m.Index), "under-frame", false));
        }
        foreach (Match m in OwnerFrame().Matches(s.Text))
        {
            if (!ProcessWord().IsMatch(s.Text)) continue;
            var from = RuleEngine.TokenAt(s, m.Groups["owner"].Index);
            var to = RuleEngine.TokenAt(s, m.Groups["owner"].Index + m.Groups["owner"].Length - 1);
            if (from < 0 || to < 0) continue;
            var owners = s.Mentions.Where(x => x.IsArgument && x.First >= from && x.Last <= to).ToList();
            // Only the possessor itself: "under the Treaty's aegis" names no one; the owner's last word must end a mention.
            if (owners.Count == 0 || owners[^1].Last != to) continue;
            var credited = Arguments.Actors(owners);
            if (m.Value.Contains("efforts", StringComparison.OrdinalIgnoreCase) && !TwoSidesBeside(s, credited)) continue;
            cues.Add((credited, from, "under-frame", false));
        }
        foreach (Match m in Invitation().Matches(s.Text))
        {
            var of = RuleEngine.TokenAt(s, m.Index + m.Length - 1);
            var hosts = AgentLists.Fronted(s, RuleEngine.TokenAt(s, m.Index), AgentLists.After(s, of, 4));
            if (hosts.Count == 0) continue;
            // Two sides must meet or talk: "weapons will be collected by X at the invitation of the President" is none.
            var rest = s.Text[Math.Min(s.Text.Length, s.Tokens[hosts[^1].Last].End)..];
            var before = s.Text[..m.Index];
            if (!SidesMet().IsMatch(rest) && !SidesMet().IsMatch(before)) continue;
            var inviters = Arguments.Actors(hosts);
            var others = s.Mentions.Where(x => x.IsArgument && !hosts.Contains(x)).SelectMany(x => x.Actors).Where(PoliticalSides.IsSide).Except(inviters).Distinct().ToList();
            if (others.Count < 2) continue;
            cues.Add((inviters, RuleEngine.TokenAt(s, m.Index), "invited-sides", false));
        }
        foreach (Match m in BringTogether().Matches(s.Text))
        {
            var t = RuleEngine.TokenAt(s, m.Index);
            var objects = Listed(s, t + 1);
            if (objects.Count < 2) continue;
            var subject = RelativeSubject.Before(s, t) is { } relative ? [relative] : Arguments.Subject(s, t);
            var mediators = Arguments.Actors(subject).Except(objects).ToList();
            if (mediators.Count == 0) continue;
            cues.Add((mediators, t, "brought-together", false));
            together[t] = (objects[0], objects[1]);
            if (objects.Count > 2) more[t] = objects.Skip(2).ToList();
        }
        foreach (Match m in BringToTable().Matches(s.Text))
        {
            var t = RuleEngine.TokenAt(s, m.Index);
            var last = RuleEngine.TokenAt(s, m.Groups["objects"].Index + m.Groups["objects"].Length - 1);
            if (t < 0 || last < 0 || together.ContainsKey(t)) continue;
            var objects = s.Mentions.Where(x => x.IsArgument && x.First > t && x.Last <= last).SelectMany(x => x.Actors).Distinct().ToList();
            if (objects.Count < 2) continue;
            var subject = RelativeSubject.Before(s, t) is { } relative ? [relative] : Arguments.Subject(s, t);
            var mediators = Arguments.Actors(subject).Except(objects).ToList();
            if (mediators.Count == 0) continue;
            cues.Add((mediators, t, "brought-to-table", false));
            together[t] = (objects[0], objects[1]);
            if (objects.Count > 2) more[t] = objects.Skip(2).ToList();
        }
        CoMediators(s, cues);
    }

    /// <summary>The sides a convener brings together: every actor named from <paramref name="from"/> to the clause's end (lists with
    /// asides: "the four movements, those of Mr A, Mr B and the two former Presidents, C and D"); persons and sides only.</summary>
    private static List<DocActor> Listed(SentenceContext s, int from)
    {
        var end = Arguments.ClauseEnd(s, from);
        for (var k = from; k < end; k++)
            if (s.KeyAt(k) is "who" or "which" or "whose" or "to" or "in" or "at" or "for" && !s.Mentions.Any(x => x.First <= k && k <= x.Last)
                && (s.KeyAt(k) is "who" or "which" or "whose" || s.KeyAt(k - 1) != ",")) { end = k; break; }
        // "the delegation of X, led by NAME,": the head of a delegation stands in an aside, not as a side of his own.
        return s.Mentions.Where(x => x.IsArgument && x.First >= from && x.Last < end && !LedBy(s, x.First) && x.Rule != "led-by").SelectMany(x => x.Actors)
            .Where(a => a.Kind == ActorKind.Person || PoliticalSides.IsSide(a)).Distinct().ToList();
    }

    /// <summary>"thanks to the efforts of X": efforts are mediation only when the sentence names two sides besides X ("the accord was
    /// reached thanks to the efforts of Norway, which received Moldova in March" credits a host of one side).</summary>
    /// Sides named only in a relative clause after X ("Norway, which received a call from A and B") are X's doing, not the sides
    /// of the accord: <see cref="ReceivedBothSides"/> reads those.
    private static bool TwoSidesBeside(SentenceContext s, List<DocActor> credited)
    {
        var relative = Enumerable.Range(0, s.Tokens.Count).FirstOrDefault(k => s.KeyAt(k) is "which" or "who" && s.KeyAt(k - 1) == ",", s.Tokens.Count);
        return s.Mentions.Where(x => x.IsArgument && x.First < relative).SelectMany(x => x.Actors).Select(MainConflict.Led)
            .Where(a => PoliticalSides.IsSide(a) && !credited.Contains(a)).Distinct().Count() >= 2;
    }

    /// <summary>Whether "led by" / "headed by" stands just before <paramref name="first"/>, with at most an honorific between ("led by
    /// H.E. NAME").</summary>
    private static bool LedBy(SentenceContext s, int first)
    {
        for (var k = first - 1; k >= Math.Max(1, first - 5); k--)
        {
            if (s.KeyAt(k) == "by") return s.KeyAt(k - 1) is "led" or "headed" or "represented" or "chaired";
            if (s.Tokens[k].IsWord && !s.Tokens[k].IsCapitalised) return false;
        }
        return false;
    }

    /// <summary>"shuttled between A, B and C": the sides listed after the pair's "between" beyond its first two.</summary>
    private static List<DocActor> BetweenBeyond(SentenceContext s, int token, (DocActor A, DocActor B)? pair)
    {
        if (pair is not { } p) return [];
        for (var k = Math.Max(0, token); k < Math.Min(s.Tokens.Count, token + 12); k++)
        {
            if (s.KeyAt(k) != "between") continue;
            var listed = Arguments.Actors(Arguments.Object(s, k, 6));
            if (listed.Count > 2 && listed[0] == p.A && listed[1] == p.B)
                return listed.Skip(2).Where(a => a.Kind == ActorKind.Person || PoliticalSides.IsSide(a)).ToList();
            return [];
        }
        return [];
    }

    /// <summary>Whether a process noun stands among the last eight words before a passive ("the final negotiations, which were overseen by").</summary>
    private static bool ProcessNounBefore(string before)
    {
        var words = before.Split([' ', ',', '\u00a0'], StringSplitOptions.RemoveEmptyEntries);
        return words.Skip(Math.Max(0, words.Length - 8)).Any(w => ProcessNouns.Contains(w.Trim('"', '“', '”', '(', ')')));
    }

    /// <summary>"US officials helped broker the accord together with the OAS": a co-mediator after an active mediating verb of the
    /// cues already read (not after a by-phrase or a frame, whose lists are read whole) joins them.</summary>
    private static void CoMediators(SentenceContext s, List<(List<DocActor> Mediators, int Token, string Rule, bool Offer)> cues)
    {
        for (var i = 0; i < cues.Count; i++)
        {
            var (mediators, token, rule, offer) = cues[i];
            if (rule is not ("x-brokers" or "runs-talks" or "plays-mediation-role" or "takes-up-mediation" or "shuttles-between") || token < 0) continue;
            var rest = s.Text[s.Tokens[token].End..];
            if (CoMediator().Match(rest) is not { Success: true } m) continue;
            var with = RuleEngine.TokenAt(s, s.Tokens[token].End + m.Index + m.Length - 1);
            if (with < 0) continue;
            var added = Arguments.Actors(Arguments.Object(s, with, 3)).Where(a => !mediators.Contains(a) && a.Kind is ActorKind.Organisation or ActorKind.State or ActorKind.Person).ToList();
            if (added.Count > 0) cues[i] = ([.. mediators, .. added], token, rule, offer);
        }
    }
}
