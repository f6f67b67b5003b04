using System.Text.RegularExpressions;
using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>Finds mediators: "brokered by X", "X-led mediation", "X's mediation", "mediation by X",
/// "with X and Y playing a mediation role", "X (is working to) broker", "whose facilitation",
/// "under the auspices of X", "(as) witnessed by X", "in the presence of (and supported by) X",
/// "under X's auspices", "under Qatari auspices", "talks convened by X" (only talks or two sides),
/// "X offered to mediate", "asked X to negotiate", "X brought Y and Z together", "X shuttled (carried proposals) between A and B",
/// "thanks to the efforts of X, who received A and B" (<see cref="ReceivedBothSides"/>),
/// "X, as guarantors", "the guarantor countries, X and Y", "co-facilitators from X, Y and Z", "X acted as co-facilitator". Hosts, supporters, implementation partners and
/// monitors are not mediators: "hosting", "supported by" alone, "partner", "observation" are not cues.</summary>
internal static partial class MediationCues
{
    public static List<MediationCue> Find(SentenceContext s, bool claimed, List<DateMention> dates) => Find(s, claimed, dates, []);

    public static List<MediationCue> Find(SentenceContext s, bool claimed, List<DateMention> dates, IReadOnlyList<DocActor> earlier)
    {
        var cues = new List<(List<DocActor> Mediators, int Token, string Rule, bool Offer)>();
        var offer = Offer().IsMatch(s.Text);
        foreach (Match m in PassiveBy().Matches(s.Text))
        {
            // "convened by X" only for talks or two sides: "a conference on climate finance convened by the Secretary-General" is none.
            if (m.Value.StartsWith("convened", StringComparison.OrdinalIgnoreCase) && !TalksNoun().IsMatch(s.Text[..m.Index])
                && Arguments.Between(s, 0, s.Tokens.Count) is null) continue;
            if (NoProcessSubject(s.Text, m.Index)) continue;
            cues.Add((Arguments.Actors(NotSpeakers(s, AgentLists.After(s, RuleEngine.TokenAt(s, m.Index + m.Length - 1), 8))), RuleEngine.TokenAt(s, m.Index), "brokered-by", false));
        }
        foreach (Match m in TalksConductedBy().Matches(s.Text))
        {
            var by = RuleEngine.TokenAt(s, m.Index + m.Length - 1);
            cues.Add((Arguments.Actors(NotSpeakers(s, Arguments.Object(s, by, 8))), by - 1, "conducted-by", false));
        }
        foreach (Match m in HyphenLed().Matches(s.Text))
        {
            var dash = RuleEngine.TokenAt(s, m.Index);
            if (s.Mentions.FirstOrDefault(x => x.Last == dash - 1 && x.Role != MentionRole.Speaker) is { } before)
                cues.Add((before.Actors.ToList(), dash, "x-led", false));
        }
        foreach (Match m in MediationNoun().Matches(s.Text)) NounCue(s, RuleEngine.TokenAt(s, m.Index), cues);
        foreach (Match m in ActiveVerb().Matches(s.Text))
        {
            var t = RuleEngine.TokenAt(s, m.Index);
            if (s.KeyAt(t + 1) == "by" || s.KeyAt(t + 2) == "by" || s.KeyAt(t - 1) == "-" || PowerBroker(s, t)) continue;
            // "appointed X, President of Y, as Mediator, to facilitate": X's errand, read by ChairCues with X as the mediator.
            if (s.KeyAt(t - 1) == "to" && AppointedErrand(s, m.Index)) continue;
            // "the broker firm", "an honest broker", "as a broker": a noun, read (if at all) by the role-noun cues.
            if (s.KeyAt(t) is "broker" or "brokers" && s.KeyAt(t - 1) is "the" or "a" or "an" or "honest" or "neutral" or "impartial" or "power" or "as" or "'s" or "’s") continue;
            if (s.KeyAt(t - 1) == "for" && Credited(s, t - 1) is { Count: > 0 } credited)
            {
                cues.Add((credited, t, "credited-for-mediating", false));
                continue;
            }
            var subject = Arguments.Subject(s, t);
            if (subject.Count > 0) cues.Add((Arguments.Actors(subject), t, offer ? "offers-to-mediate" : "x-brokers", offer));
        }
        foreach (Match m in Presence().Matches(s.Text))
        {
            var last = RuleEngine.TokenAt(s, m.Index + m.Length - 1);
            // "with the help of X" stands between sides only where talks are the act helped in the clause ("A and B negotiated a
            // truce with the help of X"); "the return of refugees with the help of UNHCR" is help with a task, not with talks.
            if (m.Value.Contains("help", StringComparison.OrdinalIgnoreCase) && !TalksHelped(s, RuleEngine.TokenAt(s, m.Index))) continue;
            var named = s.KeyAt(last + 1) == ":" ? WitnessList(s, last + 2) : Arguments.Actors(NotSpeakers(s, AgentLists.Fronted(s, RuleEngine.TokenAt(s, m.Index), AgentLists.After(s, last, 8, appositives: false))));
            // "a ceremony witnessed by X": guests at the signing, kept apart from brokers (ProcessBuilder.Brokers).
            cues.Add((named, RuleEngine.TokenAt(s, m.Index), m.Value.Contains("witnessed", StringComparison.OrdinalIgnoreCase) ? "witnessed-by" : "witnessed-or-auspices", false));
        }
        foreach (Match m in Guarantor().Matches(s.Text))
        {
            var first = RuleEngine.TokenAt(s, m.Index);
            var last = RuleEngine.TokenAt(s, m.Index + m.Length - 1);
            if (!m.Groups["as"].Success && MetGuarantors.AreMet(s, first)) continue;
            // "as guarantors" only as an aside ("X, as guarantors, attended") or an opening ("As guarantors, X and Y"):
            // in "mediated between the parties as guarantor countries" the nearest actors are the parties.
            var named = !m.Groups["as"].Success ? Arguments.Object(s, last, 3)
                : first == 0 && s.KeyAt(last + 1) == "," ? Arguments.Object(s, last + 1, 3)
                : s.KeyAt(first - 1) == "," && s.KeyAt(last + 1) == "," ? Arguments.Subject(s, first) : [];
            if (named.Count > 0) cues.Add((Arguments.Actors(named), first, "as-guarantors", false));
        }
        foreach (Match m in Shuttle().Matches(s.Text))
        {
            // "Norwegian diplomats shuttled between ...": people who speak for a side elsewhere act for it here.
            var t = RuleEngine.TokenAt(s, m.Index);
            var start = Arguments.ClauseStart(s, t);
            var subject = RelativeSubject.Before(s, t) is { } relative ? [relative] : Arguments.Subject(s, t);
            if (subject.Count == 0 && s.Mentions.LastOrDefault(x => x.Role == MentionRole.Speaker && x.Last < t && x.First >= start) is { } speaker) subject = [speaker];
            if (subject.Count > 0) cues.Add((Arguments.Actors(subject), t, "shuttles-between", false));
        }
        // Only talks between sides ("a donors' meeting chaired by Norway" is none): the talks noun comes before the chair.
        foreach (Match m in ChairedBy().Matches(s.Text))
        {
            if (!TalksNoun().IsMatch(s.Text[..m.Index])) continue;
            var last = RuleEngine.TokenAt(s, m.Index + m.Length - 1);
            var chairs = Arguments.Actors(NotSpeakers(s, AgentLists.After(s, last, 8)));
            if (chairs.Count > 0) cues.Add((chairs, RuleEngine.TokenAt(s, m.Index), "chaired-by", false));
        }
        foreach (Match m in Arrange().Matches(s.Text))
        {
            var t = RuleEngine.TokenAt(s, m.Index);
            var subject = Arguments.Subject(s, t);
            if (subject.Count > 0) cues.Add((Arguments.Actors(subject), t, "arranged-meeting", false));
        }
        foreach (Match m in Asked().Matches(s.Text))
        {
            var t = RuleEngine.TokenAt(s, m.Index);
            var objects = Arguments.Object(s, t, 6);
            if (objects.Count == 0) continue;
            var after = objects[^1].Last + 1;
            if (s.KeyAt(after) == "to" && s.KeyAt(after + 1) is "negotiate" or "mediate" or "broker" or "facilitate")
                cues.Add((Arguments.Actors(objects), t, "asked-to-mediate", false));
        }

        // "the Sudanese and Ugandan presidents brought Kiir and Machar together": the two brought together are the parties.
        var together = new Dictionary<int, (DocActor, DocActor)>();
        foreach (Match m in Bring().Matches(s.Text))
        {
            var t = RuleEngine.TokenAt(s, m.Index);
            var objects = Arguments.Actors(Arguments.Object(s, t, 14));
            if (objects.Count != 2 || Arguments.Object(s, t, 14) is not { Count: > 0 } listed || s.KeyAt(listed[^1].Last + 1) != "together") continue;
            var subject = Arguments.Subject(s, t);
            if (subject.Count == 0) continue;
            cues.Add((Arguments.Actors(subject), t, "brought-together", false));
            together[t] = (objects[0], objects[1]);
        }
        // "X travelled to Tbilisi and Moscow on 9 August with a ceasefire proposal": the two capitals visited are the parties.
        foreach (Match m in Travel().Matches(s.Text))
        {
            var to = RuleEngine.TokenAt(s, m.Index + m.Length - 1);
            // Capitals are no mentions of their own here: "to A and B" are read from the lexicon, states or their capitals.
            if (Visited(s, to + 1) is not { } first || s.KeyAt(first.End) != "and" || Visited(s, first.End + 1) is not { } second
                || first.State == second.State || !PeacePlanAfter().IsMatch(s.Text[s.Tokens[second.End - 1].End..])) continue;
            var places = new List<DocActor> { s.Actors.FromTemplate(first.State, s.Where, "lexicon"), s.Actors.FromTemplate(second.State, s.Where, "lexicon") };
            // Only the sides in view: "travelled to Asmara and Rome with a peace plan" names no two sides of one conflict.
            if (!IsPairInView(s.Discourse, places[0], places[1])) continue;
            var subject = Arguments.Actors(Arguments.Subject(s, to - 1)).Except(places).ToList();
            if (subject.Count == 0) continue;
            // "NAME, who held the rotating chairmanship of the OSCE that year, travelled": the visitor goes as the body's chair.
            if (ChairOf(s, Arguments.ClauseStart(s, to - 1), to - 1) is { } chaired) subject = [chaired];
            cues.Add((subject, to - 1, "visits-sides-with-plan", false));
            together[to - 1] = (places[0], places[1]);
        }

        HelpCues(s, cues);
        HelpedEndCues(s, cues);
        BackAndForthCues(s, cues);
        OwnerChairCues(s, cues);
        ReceivedBothSides.Find(s, cues, together);
        ChairCues.Find(s, cues);
        RelativeChairCues.Find(s, cues);
        ChairedSessions.Find(s, cues);
        ConductedTalks.Find(s, cues);
        var more = new Dictionary<int, List<DocActor>>();
        GeneralCues(s, cues, together, more);
        if (cues.Count == 0) RoleNounCues(s, earlier, cues);

        var result = new List<MediationCue>();
        var hosts = cues.Count > 0 && Host().IsMatch(s.Text) ? Hosts(s) : [];
        var members = cues.Count > 0 ? GroupMembers.In(s) : [];
        foreach (var (mediators, token, rule, isOffer) in cues)
        {
            var usable = EnvoyBodies.With(s, mediators.Where(a => a.Kind is not (ActorKind.Territory or ActorKind.Population) && !hosts.Contains(a)).ToList());
            if (usable.Count == 0 || token < 0) continue;
            usable = OnBehalfOf.With(s, token, usable);
            usable = WithoutTitleTopics(s, usable);
            usable = Requesters.Without(s, token, usable);
            if (usable.Count == 0) continue;
            var modality = isOffer ? Modality.Hoped : ModalityCues.For(s, token, claimed, Arguments.ClauseStart(s, token)) ?? Modality.Reported;
            // "insisted that no outside power should mediate", "X did not mediate": a denied mediation is none, and its nearest
            // actor is no mediator. "an offer of good offices that New Delhi turned down" is no process either.
            if (modality == Modality.Denied || (isOffer && DeclinedOffer.Is(s, token))) continue;
            var between = together.TryGetValue(token, out var brought) ? brought : Arguments.Between(s, token, 12) ?? Arguments.Between(s, 0, s.Tokens.Count);
            var others = s.Mentions.Where(m => m.IsArgument).SelectMany(m => m.Actors).Distinct().Except(usable).Except(hosts).Except(members).ToList();
            var date = DateFinder.Nearest(dates, s.Tokens[token].Start);
            if (RelativeChairCues.IsEndOnly(s, date, s.Tokens[token].Start)) date = null;
            result.Add(new MediationCue(usable, between, others, modality, isOffer, date?.Start, s.Where, s.Sentence.Index, rule,
                s.Quote(Math.Max(0, token - 3), Math.Min(s.Tokens.Count - 1, token + 4))) { Focus = FocusFor(s.Discourse, usable), Sentence = s.Text, MoreParties = (more.TryGetValue(token, out var beyond) ? beyond : BetweenBeyond(s, token, between)).Except(usable).ToList() });
        }
        return result;
    }

    /// <summary>The pair in view for a cue: the last pair named, unless both its sides are the cue's own mediators ("the talks are
    /// convened by A, B and C, which announced a ceasefire" pairs the conveners in the sentence itself); then the last pair before
    /// it that is not, nor a pair of two mediators of earlier cues.</summary>
    private static (DocActor A, DocActor B)? FocusFor(Discourse discourse, List<DocActor> mediators)
    {
        // A pair of two earlier mediators ("Russia, Turkey and Iran signed a memorandum") is no pair of sides either.
        bool Sides((DocActor A, DocActor B) p) => !mediators.Contains(p.A) && !mediators.Contains(p.B) && !(discourse.Mediators.Contains(p.A) && discourse.Mediators.Contains(p.B));
        if (discourse.LastPair is not { } last || Sides(last)) return discourse.LastPair;
        for (var i = discourse.Pairs.Count - 1; i >= 0; i--)
            if (Sides(discourse.Pairs[i])) return discourse.Pairs[i];
        return mediators.Contains(last.A) && mediators.Contains(last.B) ? null : last;
    }
}
