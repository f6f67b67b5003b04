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
/// "X, as guarantors", "the guarantor countries, X and Y", "co-facilitators from X, Y and Z", "X acted as co-facilitator". Hosts, supporters, implementation partners and
/// monitors are not mediators: "hosting", "supported by" alone, "partner", "observation" are not cues.</summary>
internal static partial class MediationCues
{
    [GeneratedRegex(@"\b(?:brokered|mediated|facilitated|sponsored|convened)\s+(?:in part\s+|jointly\s+|partly\s+)?by\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PassiveBy();

    // The subject noun of "NOUN was/were brokered by X": only a process (a deal, talks, a swap...) has a mediator; "the aid convoy
    // was facilitated by X" has none.
    [GeneratedRegex(@"\b(?<noun>[a-z][\w-]*)\s+(?:was|were|had been|has been|have been)\s+(?:(?:first|later|also|reportedly|eventually|finally)\s+)?(?:in part\s+|jointly\s+|partly\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PassiveSubject();

    private static readonly HashSet<string> ProcessNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "deal", "deals", "agreement", "agreements", "accord", "accords", "talks", "negotiations", "negotiation", "dialogue", "dialogues",
        "truce", "truces", "ceasefire", "ceasefires", "cease-fire", "cease-fires", "armistice", "process", "processes", "meeting", "meetings",
        "exchange", "exchanges", "swap", "swaps", "release", "releases", "settlement", "settlements", "pact", "pacts", "treaty", "treaties",
        "round", "rounds", "conference", "conferences", "summit", "summits", "consultations", "discussions", "contacts", "initiative",
        "plan", "arrangement", "arrangements", "understanding", "memorandum", "declaration", "compromise", "reconciliation", "peace",
        "mediation", "session", "sessions", "framework", "roadmap", "road-map", "protocol", "protocols", "handover", "transition",
        "withdrawal", "rapprochement", "normalisation", "normalization", "communiqué", "communique", "statement", "efforts", "effort",
    };

    /// <summary>Whether the passive at <paramref name="at"/> has a lowercase subject noun that names no process ("the aid convoy was
    /// facilitated by X"); a name, a pronoun-free clause or a process noun keeps the cue.</summary>
    private static bool NoProcessSubject(string text, int at) =>
        PassiveSubject().Match(text[..at]) is { Success: true } m && !ProcessNouns.Contains(m.Groups["noun"].Value)
        && m.Groups["noun"].Value is not ("which" or "that" or "who" or "it" or "they" or "this" or "these" or "those" or "one" or "ones" or "both" or "all");

    // "negotiations conducted by X", "talks moderated by X", "the negotiations between A and B were conducted by X": only after a
    // talks noun, with at most its "between A and B" (names and little words) before the participle ("a survey conducted by" is none).
    [GeneratedRegex(@"\b(?:talks|negotiations|dialogue|discussions|consultations)(?:\s+(?:between|among|with|and|the|of|(?-i:[A-Z])[\w'’.-]*)){0,8}?\s+(?:(?:were|was|had been|have been|being)\s+)?(?:conducted|moderated|steered)\s+(?:jointly\s+)?by\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TalksConductedBy();

    // "-mediated", "-brokered" stand alone ("a UN-brokered deal"); "-led" only before a process noun, so that
    // "Saudi-led coalition" or "Vietnamese-led forces" are not mediation.
    [GeneratedRegex(@"-\s?(?:(?:mediated|brokered|facilitated|sponsored)\b|led\s+(?:\w+\s+)?(?:mediation|talks|process|negotiations?|initiative|efforts?|peace|dialogue|diplomacy|truce|ceasefire|cease-fire)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HyphenLed();

    [GeneratedRegex(@"\b(?:mediation|mediating|mediator|mediators|facilitators?|facilitation|auspices|good offices|intermediary|intermediaries|go-between|go-betweens)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MediationNoun();

    [GeneratedRegex(@"\b(?:broker(?:s|ing)?|mediat(?:e|es|ing)|facilitat(?:e|es|ing)|brokered|mediated|facilitated)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ActiveVerb();

    [GeneratedRegex(@"\b(?:under the auspices of|(?:as )?witnessed by|in the presence of(?: and supported by)?|with the (?:help|mediation|facilitation) of|under the (?:mediation|facilitation) of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Presence();

    [GeneratedRegex(@"\b(?:offer(?:ed|s)?|propos(?:ed|es)|volunteer(?:ed|s)?|ready|willing) to (?:mediate|broker|facilitate)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Offer();

    [GeneratedRegex(@"\b(?:brought|bring|brings|bringing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bring();

    // Indirect talks: "shuttled between A and B", "carried proposals (back and forth) between A and B". Carrying
    // needs a message noun so that "carried grain between" is no mediation.
    [GeneratedRegex(@"\b(?:shuttl(?:e|es|ed|ing)|(?:carr(?:y|ies|ied|ying)|relay(?:s|ed|ing)?|pass(?:es|ed|ing)?|ferr(?:y|ies|ied|ying))\s+(?:\w+\s+){0,2}(?:proposals?|messages?|offers?|drafts?|responses?|replies|positions|demands|ideas))\s+(?:back and forth\s+)?between\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shuttle();

    // Guarantors of a process: "X and Y, as guarantors," (the subject) and "the guarantor countries, X and Y" (the object).
    [GeneratedRegex(@"\b(?:(?<as>as (?:the )?(?:co-)?guarantors?)|guarantor (?:countries|states|powers|nations))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Guarantor();

    // "with the West German government arranging the meeting": who arranges the two sides' meeting or talks stands between them.
    [GeneratedRegex(@"\barrang(?:e|es|ed|ing)\s+(?:the\s+|a\s+|an\s+|their\s+)?(?:\w+\s+)?(?:meetings?|talks|contacts?|negotiations)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Arrange();

    // "We commend X and Y for facilitating the dialogue": a verb of thanks or praise before the ones credited.
    [GeneratedRegex(@"^(?:thank(?:s|ed|ing)?|commend(?:s|ed|ing)?|prais(?:e|es|ed|ing)|congratulat(?:e|es|ed|ing)|applaud(?:s|ed|ing)?|credit(?:s|ed)?|recogni[sz](?:e|es|ed)|salut(?:e|es|ed)|appreciat(?:e|es|ed))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credit();

    // "X takes up mediation", "X revived its mediation", "X launched a mediation effort": the subject starts or leads a mediation.
    [GeneratedRegex(@"^(?:tak(?:e|es|ing)|took|launch(?:es|ed|ing)?|reviv(?:e|es|ed|ing)|resum(?:e|es|ed|ing)|le(?:d|ads?)|undert(?:ake|akes|ook)|initiat(?:e|es|ed)|head(?:s|ed)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TakesUp();

    // Talks chaired by a third party: "co-chaired by the EU, the OSCE and the UN", "under the chairmanship of X".
    [GeneratedRegex(@"\b(?:(?:co-)?chaired by|under the (?:co-)?chair(?:manship)? of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChairedBy();

    [GeneratedRegex(@"\b(?:talks|negotiations|discussions|dialogue|consultations|peace process|sessions)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TalksNoun();

    // Shuttle diplomacy to the parties' capitals: "travelled to Tbilisi and Moscow with a ceasefire proposal". Only a peace
    // term before the plan noun makes it mediation ("flew to Paris and Berlin with a trade proposal" is none).
    [GeneratedRegex(@"\b(?:travell?ed|travels|flew|went|shuttled)\s+to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Travel();

    [GeneratedRegex(@"^\s*(?:on [^,;.]{1,40}?\s)?with (?:a |an |the |his |her |its |their )?(?:\w+ )?(?:ceasefire|cease-fire|truce|peace|armistice) (?:proposals?|plans?|initiatives?|drafts?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeacePlanAfter();

    [GeneratedRegex(@"\basked\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Asked();

    [GeneratedRegex(@"\bhost(?:s|ed|ing)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Host();

    /// <summary>"hosted by Mexico", "Mexico hosts the talks", "the Republic of Angola hosted in Luanda": a host is neither a
    /// mediator nor a party of the cue's sentence.</summary>
    private static HashSet<DocActor> Hosts(SentenceContext s)
    {
        var hosts = new HashSet<DocActor>();
        foreach (Match m in Host().Matches(s.Text))
        {
            var t = RuleEngine.TokenAt(s, m.Index);
            if (t < 0) continue;
            // "X hosted and facilitated the talks": a host that also facilitates is a mediator.
            if (s.KeyAt(t + 1) == "and" && s.KeyAt(t + 2) is "facilitated" or "mediated" or "facilitates" or "mediates") continue;
            if (s.KeyAt(t + 1) == "by") hosts.UnionWith(Arguments.Actors(Arguments.Object(s, t + 1, 4)));
            // "thanked the Government of Kenya for hosting the talks": the one thanked for hosting is the host.
            else if (s.KeyAt(t - 1) == "for" && s.KeyAt(t) == "hosting") hosts.UnionWith(Credited(s, t - 1));
            else if (s.KeyAt(t) is "hosts" or "hosted" or "hosting" && Enumerable.Range(t + 1, 8).Any(k => s.KeyAt(k) is "talks" or "meeting" or "negotiations" or "summit" or "round" or "conference" or "dialogue" or "ceremony"))
                hosts.UnionWith(Arguments.Actors(Arguments.Subject(s, t)));
        }
        return hosts;
    }

    /// <summary>"Witnessed by: King X, ..., Kingdom of Saudi Arabia; António Guterres, Secretary-General of the United Nations; ...":
    /// a signature block's witnesses, one per part between semicolons: the state or organisation the part names, else its person.</summary>
    private static List<DocActor> WitnessList(SentenceContext s, int from)
    {
        var witnesses = new List<DocActor>();
        var start = from;
        for (var k = from; k <= s.Tokens.Count; k++)
        {
            if (k < s.Tokens.Count && s.KeyAt(k) != ";") continue;
            var part = s.Mentions.Where(m => m.Role == MentionRole.Actor && m.First >= start && m.Last < k).SelectMany(m => m.Actors).ToList();
            var bodies = part.Where(a => a.Kind != ActorKind.Person).ToList();
            witnesses.AddRange(bodies.Count > 0 ? bodies : part);
            start = k + 1;
        }
        return witnesses.Distinct().ToList();
    }

    // A capitalised role noun used as a name in communiqués and transcripts: "the Facilitator", "the Chief Mediator".
    [GeneratedRegex(@"\b(?:the|The)\s+(?:[A-Z][a-z]+\s+)?(?:(?:Chief|Lead|Joint)\s+)?(?:Mediator|Facilitator|Special\s+Envoy)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RoleNoun();

    /// <summary>"the Facilitator thanked the Parties", "the Malaysian Facilitator said": the role noun stands for the
    /// document's mediator: the actor named in it ("Malaysian"), else the mediators the document named before.</summary>
    private static void RoleNounCues(SentenceContext s, IReadOnlyList<DocActor> earlier, List<(List<DocActor>, int, string, bool)> cues)
    {
        foreach (Match m in RoleNoun().Matches(s.Text))
        {
            var first = RuleEngine.TokenAt(s, m.Index);
            var last = RuleEngine.TokenAt(s, m.Index + m.Length - 1);
            if (first < 0 || last < 0) continue;
            var inside = s.Mentions.Where(x => x.First > first && x.First < last).SelectMany(x => x.Actors)
                .Select(a => a.Kind == ActorKind.Person && a.Office is { } office ? office.Affiliation : a)
                .Where(a => a.Kind is not (ActorKind.Territory or ActorKind.Population or ActorKind.Person)).Distinct().ToList();
            var named = inside.Count > 0 ? inside : earlier.ToList();
            if (named.Count > 0) cues.Add((named, first, "role-noun", false));
        }
    }

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
            cues.Add((Arguments.Actors(NotSpeakers(s, Arguments.Object(s, RuleEngine.TokenAt(s, m.Index + m.Length - 1), 8))), RuleEngine.TokenAt(s, m.Index), "brokered-by", false));
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
            if (s.KeyAt(t + 1) == "by" || s.KeyAt(t + 2) == "by" || s.KeyAt(t - 1) == "-") continue;
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
            var named = s.KeyAt(last + 1) == ":" ? WitnessList(s, last + 2) : Arguments.Actors(NotSpeakers(s, Arguments.Object(s, last, 8)));
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
            var chairs = Arguments.Actors(NotSpeakers(s, Arguments.Object(s, last, 8)));
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

        ChairCues.Find(s, cues);
        RelativeChairCues.Find(s, cues);
        ChairedSessions.Find(s, cues);
        if (cues.Count == 0) RoleNounCues(s, earlier, cues);

        var result = new List<MediationCue>();
        var hosts = cues.Count > 0 && Host().IsMatch(s.Text) ? Hosts(s) : [];
        var members = cues.Count > 0 ? GroupMembers.In(s) : [];
        foreach (var (mediators, token, rule, isOffer) in cues)
        {
            var usable = EnvoyBodies.With(s, mediators.Where(a => a.Kind is not (ActorKind.Territory or ActorKind.Population) && !hosts.Contains(a)).ToList());
            if (usable.Count == 0 || token < 0) continue;
            usable = OnBehalfOf.With(s, token, usable);
            var modality = isOffer ? Modality.Hoped : ModalityCues.For(s, token, claimed, Arguments.ClauseStart(s, token)) ?? Modality.Reported;
            // "insisted that no outside power should mediate", "X did not mediate": a denied mediation is none, and its nearest
            // actor is no mediator. "an offer of good offices that New Delhi turned down" is no process either.
            if (modality == Modality.Denied || (isOffer && DeclinedOffer.Is(s, token))) continue;
            var between = together.TryGetValue(token, out var brought) ? brought : Arguments.Between(s, token, 12) ?? Arguments.Between(s, 0, s.Tokens.Count);
            var others = s.Mentions.Where(m => m.IsArgument).SelectMany(m => m.Actors).Distinct().Except(usable).Except(hosts).Except(members).ToList();
            var date = DateFinder.Nearest(dates, s.Tokens[token].Start);
            if (RelativeChairCues.IsEndOnly(s, date, s.Tokens[token].Start)) date = null;
            result.Add(new MediationCue(usable, between, others, modality, isOffer, date?.Start, s.Where, s.Sentence.Index, rule,
                s.Quote(Math.Max(0, token - 3), Math.Min(s.Tokens.Count - 1, token + 4))) { Focus = s.Discourse.LastPair, Sentence = s.Text });
        }
        return result;
    }

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> are the pair of sides the text last named or defined as the parties
    /// (a leader stands for the side they lead).</summary>
    private static bool IsPairInView(Discourse d, DocActor a, DocActor b) =>
        new[] { d.LastPair, d.DefinedPair }.Any(p => p is var (x, y) && IsPair(MainConflict.Led(x), MainConflict.Led(y), a, b));

    private static bool IsPair(DocActor x, DocActor y, DocActor a, DocActor b) =>
        (x.Id == a.Id && y.Id == b.Id) || (x.Id == b.Id && y.Id == a.Id);

    /// <summary>The organisation after "chairmanship/presidency of" between <paramref name="from"/> and <paramref name="to"/>; else null.</summary>
    private static DocActor? ChairOf(SentenceContext s, int from, int to)
    {
        for (var k = from; k < to - 1; k++)
            if (s.KeyAt(k) is "chairmanship" or "chairmanship-in-office" or "presidency" && s.KeyAt(k + 1) == "of"
                && s.Mentions.FirstOrDefault(m => m.First > k + 1 && m.First <= k + 3 && m.Actors.Count == 1) is { Actors: [{ Kind: ActorKind.Organisation } body] })
                return body;
        return null;
    }

    /// <summary>The state named, or whose capital is named, at <paramref name="k"/> and the token after it; null otherwise.</summary>
    private static (ActorTemplate State, int End)? Visited(SentenceContext s, int k) =>
        k < s.Tokens.Count && s.Lexicon.Match(s.Tokens, k, s.Text) is { Entry: { Form: EntryForm.Name or EntryForm.Capital, Actor.Kind: ActorKind.State } } m
            ? (m.Entry.Actor, k + m.Length) : null;

    /// <summary>"We commend Prime Minister X of Y, Chair of Z, and W for facilitating the dialogue": the actors named between a
    /// verb of thanks or praise and the "for" at <paramref name="forToken"/>, in the same clause-free stretch (no full stop or
    /// semicolon). A person holding an office is kept as a person here; the process stands them for the office.</summary>
    private static List<DocActor> Credited(SentenceContext s, int forToken)
    {
        for (var k = forToken - 1; k >= Math.Max(0, forToken - 60); k--)
        {
            if (s.KeyAt(k) is ";" or ".") return [];
            if (!Credit().IsMatch(s.KeyAt(k))) continue;
            return s.Mentions.Where(x => x.IsArgument && x.First > k && x.Last < forToken).SelectMany(x => x.Actors)
                .Where(a => a.Kind is not (ActorKind.Territory or ActorKind.Population)).Distinct().ToList();
        }
        return [];
    }

    /// <summary>"mediated by the UAE, the Emirati foreign ministry said": the one who says it is no mediator.</summary>
    internal static List<Mention> NotSpeakers(SentenceContext s, List<Mention> listed) =>
        listed.Where(m => s.KeyAt(m.Last + 1) is not ("said" or "says" or "told" or "announced" or "reported" or "stated" or "added" or "confirmed")).ToList();

    private static void NounCue(SentenceContext s, int t, List<(List<DocActor>, int, string, bool)> cues)
    {
        if (t < 0) return;
        // "the ECOWAS mediator, General X," read as one titled person: the person and the body of the title mediate.
        if (s.KeyAt(t) is "mediator" or "facilitator" && s.Mentions.FirstOrDefault(m => m.First < t && m.Last > t && m.Actors.Count == 1) is { } titled
            && titled.Actors[0] is { Kind: ActorKind.Person, Office.Affiliation: { Kind: ActorKind.Organisation or ActorKind.State } office } holder)
        {
            cues.Add(([office, holder], t, "body-mediator", false));
            return;
        }
        // "the ECOWAS mediator, General X," "Qatari mediators", "the AU mediation team": the body or state named right before the
        // noun mediates, with the person set beside the noun after a comma.
        if (s.Mentions.FirstOrDefault(m => m.Last == t - 1 && m.Role is MentionRole.Actor or MentionRole.Adjectival && m.Actors.All(a => a.Kind is ActorKind.Organisation or ActorKind.State or ActorKind.Agency)) is { } body
            && s.KeyAt(t) is "mediator" or "mediators" or "mediation" or "facilitator" or "facilitators" or "auspices")
        {
            var named = body.Actors.ToList();
            // "Venezuelan and Brazilian mediators", "Cuban, Norwegian and Chilean facilitators": the adjectives listed before it too.
            for (var first = body.First; s.KeyAt(first - 1) is "and" or "," && s.Mentions.FirstOrDefault(m => m.Last == first - 2 && m.Role is MentionRole.Adjectival or MentionRole.Actor
                && s.Lexicon.Match(s.Tokens, m.First, s.Text) is { Entry.Form: EntryForm.Demonym }
                && m.Actors.All(a => a.Kind == ActorKind.State)) is { } listed; first = listed.First)
                named.InsertRange(0, listed.Actors);
            if (DescribedPersons.Beside(s, t) is { } person) named.Add(person);
            cues.Add((named, t, "body-mediator", false));
            return;
        }
        // "X's mediation"
        if (s.KeyAt(t - 1) == "'s" && s.Mentions.FirstOrDefault(m => m.Last == t - 2 && m.IsArgument) is { } owner)
        {
            cues.Add(([.. owner.Actors, .. DescribedPersons.Beside(s, t) is { } appositive ? [appositive] : Array.Empty<DocActor>()], t, "possessive-mediation", false));
            return;
        }
        // "whose facilitation": the people listed just before.
        if (s.KeyAt(t - 1) == "whose")
        {
            var listed = Arguments.Subject(s, t - 1);
            if (listed.Count > 0) cues.Add((Arguments.Actors(listed), t, "whose-facilitation", false));
            return;
        }
        // "Mediation was then entrusted to X", "the mediation was handed over to X", "mediation passed to X", "mediation was taken
        // over by X": a handover names who mediates from then on; the pair comes from context as for any cue.
        if (MediationHandover.To(s, t) is { Count: > 0 } receivers) { cues.Add((receivers, t, "mediation-handed-to", false)); return; }
        // "mediation by X", "mediation role of X", "mediation efforts of X"
        var k = t + 1;
        if (s.KeyAt(k) is "role" or "efforts" or "effort") k++;
        // "a team of co-facilitators from the UN, the OAU and the Commonwealth": the bodies the mediators come from mediate.
        if (s.KeyAt(k) is "by" or "of" || s.KeyAt(k) == "from" && s.KeyAt(t).EndsWith('s'))
        {
            var after = Arguments.Object(s, k, 4);
            if (after.Count > 0) { cues.Add((Arguments.Actors(after), t, "mediation-by", false)); return; }
        }
        // "who represented the Union in the mediation alongside the UN, ECOWAS and the EU": those alongside mediate, and so does
        // the one they stand beside.
        if (s.KeyAt(t + 1) == "alongside" && Arguments.Object(s, t + 1, 6) is { Count: > 0 } beside)
        {
            var with = Arguments.Actors(beside);
            var start = Arguments.ClauseStart(s, t);
            with.AddRange(s.Mentions.Where(m => m.IsArgument && m.First >= start && m.Last < t).SelectMany(m => m.Actors)
                .Where(a => a.Kind == ActorKind.Organisation && !PoliticalSides.IsPoliticalBody(a)));
            cues.Add((with.Distinct().ToList(), t, "mediation-alongside", false));
            return;
        }
        // "the international mediation team, led by Algeria,": who leads the mediators' team mediates.
        var led = s.KeyAt(t + 1) is "team" or "teams" or "mission" or "panel" or "effort" or "efforts" ? t + 2 : t + 1;
        if (s.KeyAt(led) == ",") led++;
        if (s.KeyAt(led) == "led" && s.KeyAt(led + 1) == "by" && Arguments.Object(s, led + 1, 4) is { Count: > 0 } leaders)
        {
            cues.Add((Arguments.Actors(leaders), t, "mediation-led-by", false));
            return;
        }
        // "with X and Y playing a mediation role", "X acted as mediator", "IGAD takes up mediation", "X revived its mediation"
        for (var j = t - 1; j >= Math.Max(0, t - 5); j--)
        {
            if (s.KeyAt(j) is "playing" or "played" or "plays" or "play" or "acted" or "acting" or "acts" or "served" or "serving" or "offered")
            {
                var subject = Arguments.Subject(s, j);
                if (subject.Count > 0) cues.Add((Arguments.Actors(subject), t, "plays-mediation-role", s.KeyAt(j) == "offered"));
                return;
            }
            if (TakesUp().IsMatch(s.KeyAt(j)) && s.KeyAt(j - 1) != "to" && s.KeyAt(j + 1) is not ("to" or "by"))
            {
                var subject = Arguments.Subject(s, j);
                if (subject.Count > 0) cues.Add((Arguments.Actors(subject), t, "takes-up-mediation", false));
                return;
            }
        }
    }
}
