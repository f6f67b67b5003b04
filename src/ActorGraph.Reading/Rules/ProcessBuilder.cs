using System.Text.RegularExpressions;
using ActorGraph.Core.Model;
using ActorGraph.Reading.Facts;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>Turns mediation cues into processes: the parties come from the cue's own sentence ("between X
/// and Y", a ceasefire or talks between two sides in it), then the signatories of a joint text, then the
/// report's main conflict; when only one side is named the other is an explicit unnamed party. Cues with
/// the same parties make one process. A leader named as mediator beside the state they lead counts once,
/// as the state. Leaders between whom someone mediates stand for their sides as parties, and the ties to the
/// persons themselves (mediates, and their negotiation) are kept beside the roll-up.</summary>
internal static partial class ProcessBuilder
{
    private static readonly HashSet<string> PairKinds = new(StringComparer.Ordinal) { "agrees-ceasefire", "negotiates", "armed-conflict", "meets" };

    /// <summary>What the report said of sides beyond relations: rival pairs, the actors named, sentences that speak of a pair.</summary>
    public sealed record InView(IReadOnlyList<RivalPair> Rivals, IReadOnlyList<DocActor> Named, ISet<int> PairSentences);

    public sealed record Built(ProposedProcess Process, IReadOnlyList<RawRelation> Mediations, DocActor? Placeholder);

    public static List<Built> Build(
        IReadOnlyList<MediationCue> cues,
        IReadOnlyList<RawRelation> relations,
        IReadOnlyList<DocActor> speakers,
        IReadOnlyDictionary<int, SentenceNote> sentences,
        Func<DocActor> placeholder,
        List<string> notes,
        (DocActor A, DocActor B)? lastPair = null,
        InView? inView = null)
    {
        var allMediators = cues.SelectMany(c => c.Mediators).ToHashSet();
        var main = MainConflict.Find(relations, allMediators);
        var groups = new Dictionary<string, (DocActor A, DocActor B, List<MediationCue> Cues, List<DocActor> Mediators, string From)>(StringComparer.Ordinal);
        var personal = new List<(string Key, DocActor A, DocActor B, MediationCue Cue, List<DocActor> Mediators)>();
        var read = new List<(MediationCue Cue, (DocActor A, DocActor B) Pair, string From)>();
        var orphans = new List<(MediationCue Cue, List<DocActor> Mediators)>();
        foreach (var cue in cues)
        {
            // "the Emir of Qatar, NAME, who has been shuttling between the two leaders": a leader who goes between the sides in
            // person mediates beside the state they lead, not only through it.
            var mediators = cue.Rule == "shuttles-between" ? cue.Mediators.Distinct().ToList() : Fold(cue.Mediators, allMediators, cue.Rule is "witnessed-or-auspices" or "witnessed-by" or "credited-for-mediating" or "chaired-by" or "takes-up-mediation", cue.Rule == "chaired-by");
            // "talks convened by the British and Irish governments" with Britain and Ireland in the sentence: the conveners are the
            // sides themselves, not third parties.
            if (mediators.Count > 0 && mediators.All(m => cue.OtherActors.Any(o => SameSide(m, o)))) continue;
            var (parties, from) = Parties(cue, mediators, relations, speakers, main, cue.Focus ?? lastPair, placeholder, inView, allMediators);
            if (from == "main-conflict" && RecentPair(cue, mediators, read) is { } recent && KeyOf(recent.A, recent.B) != KeyOf(parties!.Value.A, parties.Value.B))
                (parties, from) = (recent, "previous-sentence");
            else if (from is "main-conflict" or "discourse" or "in-view" && EarlierTrack.Of(cue, mediators, read.Select(r => (r.Cue, r.Pair, r.From)), SameSide, parties!.Value, relations) is { } track
                && KeyOf(track.A, track.B) != KeyOf(parties!.Value.A, parties.Value.B))
                (parties, from) = (track, "earlier-track");
            if (parties is { } resolved) read.Add((cue, resolved, from));
            // "Carter mediated between the two leaders": leaders negotiate for the side they lead, which is the party.
            // The persons stay on record beside the roll-up: "brokered the deal between Putin and Poroshenko".
            var leaders = parties;
            if (parties is { } named && StateOf(Led(named.A), relations) is var a && StateOf(Led(named.B), relations) is var b && a != b && !mediators.Contains(a) && !mediators.Contains(b)) parties = (a, b);
            else leaders = null;
            // A state facing one of its own sides is not a party unless the text names it so: its leader's party, else the leader.
            var kept = false;
            if (parties is { } found && DomesticSides.Adjust(found, leaders, relations, mediators) is var adjusted && adjusted != found)
                (parties, kept) = (adjusted, true);
            if (parties is not { } p)
            {
                orphans.Add((cue, mediators));
                continue;
            }
            var key = Era(groups, KeyOf(p.A, p.B), cue, mediators);
            if (!groups.TryGetValue(key, out var group)) groups[key] = group = (p.A, p.B, [], [], from);
            group.Cues.Add(cue);
            // The leaders' own ties stay, also when they are the parties themselves (their negotiation is the pair's).
            if (leaders is { } l && (l.A != p.A || l.B != p.B || kept)) personal.Add((key, l.A, l.B, cue, mediators));
            foreach (var m in mediators.Where(m => m != p.A && m != p.B && !SameSide(m, p.A) && !SameSide(m, p.B) && !group.Mediators.Contains(m))) group.Mediators.Add(m);
        }

        JoinOrphans(groups, orphans, notes);
        MergePlaceholders(groups);
        MergeContinuations(groups);
        var bloc = MainBloc.Of(main, relations, allMediators);
        var (blocKeys, narrowed) = MergeBlocPairs(groups, bloc);
        var built = new List<Built>();
        foreach (var (groupKey, (a, b, groupCues, mediators, from)) in groups)
        {
            if (mediators.Count == 0) continue;
            mediators.AddRange(PanelChairs.Of(mediators, relations));
            // "talks conducted by NAME, the envoy of the AU" (the office read anywhere in the report): the body mediates through NAME.
            mediators.AddRange(MediatorBodies.Of(mediators, a, b, groupCues));
            var agreement = relations.FirstOrDefault(r => (r.Kind == RelationVocabulary.AgreesCeasefire || r.Rule.StartsWith("deal-agreed", StringComparison.Ordinal)) && r.Modality is Modality.Reported or Modality.Claimed &&
                ((r.Source == a && r.Target == b) || (r.Source == b && r.Target == a)));
            var cueParagraphs = groupCues.Select(c => c.Where.Paragraph).ToHashSet();
            var agreedNearby = sentences.Values.Any(n => n.Agreement && cueParagraphs.Contains(n.Paragraph));
            var status = agreement is not null || agreedNearby ? ProcessStatus.Agreed
                : groupCues.All(c => c.Offer) ? ProcessStatus.Proposed : ProcessStatus.Ongoing;
            var modality = groupCues.Any(c => c.Modality == Modality.Reported) ? Modality.Reported
                : groupCues.Any(c => c.Modality == Modality.Claimed) ? Modality.Claimed : Modality.Hoped;
            var topics = groupCues.SelectMany(c => TopicsOf(sentences, c.SentenceIndex))
                .Concat(agreement is null ? [] : Rules.Topics.In(agreement.Where.Sentence)).Distinct(StringComparer.Ordinal).ToList();
            var date = agreement?.Date ?? groupCues.Select(c => c.Date).FirstOrDefault(d => d is not null);
            var name = $"{a.Name} – {b.Name} {(topics.Contains("ceasefire") ? "ceasefire " : "")}talks";
            if (groupKey.Contains('#', StringComparison.Ordinal) && groupCues.Select(c => c.Date).FirstOrDefault(d => d is not null) is { } era) name += $" ({era})";
            var evidence = groupCues.Select(c => c.Where).Distinct().ToList();
            if (agreement is not null && !evidence.Contains(agreement.Where)) evidence.Add(agreement.Where);
            var confidence = Math.Round(from == "sentence" ? 0.8 : from == "placeholder" ? 0.5 : 0.65, 2);
            var isPlaceholder = b.Rule == "unnamed-party" ? b : a.Rule == "unnamed-party" ? a : null;
            var third = isPlaceholder is null ? ThirdSides(a, b, relations, mediators) : [];
            if (isPlaceholder is null) third = [.. third, .. NamedBeyond(a, b, groupCues, mediators, third, relations)];
            if (isPlaceholder is null && bloc is not null && blocKeys.Contains(groupKey)) third = [.. third, .. BlocBeyond(bloc, a, b, third, mediators)];
            var process = new ProposedProcess(DocumentActors.IdOf(name), name, [a.Id, b.Id, .. third.Select(t => t.Id)], Brokers(mediators, groupCues).Select(m => m.Id).ToList(), topics, status,
                date, evidence, groupCues.Select(c => c.Rule).Distinct(StringComparer.Ordinal).ToList(), confidence, modality, from);
            var mediations = new List<RawRelation>();
            foreach (var mediator in mediators)
            {
                // A panel's chair brought in by PanelChairs has the panel's cue.
                var cue = groupCues.FirstOrDefault(c => c.Mediators.Contains(mediator) || c.Mediators.Any(x => x.Office?.Affiliation == mediator))
                    ?? groupCues[0];
                foreach (var party in new[] { a, b }.Concat(third).Where(x => x != isPlaceholder && (!narrowed.TryGetValue(mediator, out var only) || only.A == x || only.B == x)))
                {
                    mediations.Add(new RawRelation(mediator, party, RelationVocabulary.Mediates, cue.Offer ? Modality.Hoped : cue.Modality,
                        date, cue.Where, "process-mediator/" + cue.Rule, confidence, cue.Quote) { Topics = topics });
                }
            }
            // "Qatari officials shuttled between US and Iranian negotiators", "carried proposals between the delegations": a go-between
            // carrying the sides' words tells indirect talks, which are the two sides' negotiation.
            // Only told as fact, and only where no negotiation of the pair is on record ("towards direct negotiations" stays hoped).
            // Both parties must be sides (states, governments, armed groups): a person left as a party is no side of a negotiation.
            if (isPlaceholder is null && PoliticalSides.IsSide(a) && PoliticalSides.IsSide(b) && groupCues.FirstOrDefault(c => c.Rule == "shuttles-between" && !c.Offer && c.Modality == Modality.Reported) is { } carried
                && (carried.Mediators.Select(m => narrowed.TryGetValue(m, out var p) ? p : ((DocActor A, DocActor B)?)null).FirstOrDefault(p => p is not null) ?? (a, b)) is var (sa, sb)
                && !relations.Any(r => r.Kind == RelationVocabulary.Negotiates && (r.Source == sa && r.Target == sb || r.Source == sb && r.Target == sa)))
                mediations.Add(new RawRelation(sa, sb, RelationVocabulary.Negotiates, Modality.Reported, date, carried.Where,
                    "process-parties/indirect", Math.Round(confidence - 0.1, 2), carried.Quote) { Topics = topics });
            foreach (var (_, personA, personB, cue, cueMediators) in personal.Where(x => x.Key == groupKey))
            {
                var said = cue.Offer ? Modality.Hoped : cue.Modality;
                foreach (var mediator in cueMediators.Where(mediators.Contains))
                    foreach (var person in new[] { personA, personB })
                        mediations.Add(new RawRelation(mediator, person, RelationVocabulary.Mediates, said, date, cue.Where, "process-mediator/leaders", confidence, cue.Quote) { Topics = topics });
                mediations.Add(new RawRelation(personA, personB, RelationVocabulary.Negotiates, said, date, cue.Where, "process-parties/leaders", confidence, cue.Quote) { Topics = topics });
            }
            built.Add(new Built(process, mediations, isPlaceholder));
        }
        return built;
    }

    /// <summary>"The agreement is the outcome of negotiations conducted by X." before "X carried proposals between A and B": a cue
    /// whose sentence gives one side only (the other the unnamed placeholder) belongs to the report's one process that has that
    /// side and a named second side, when there is exactly one such process; its mediators join that process. With none or
    /// several, the placeholder stays (the text may well leave the other side unnamed).</summary>
    private static void MergePlaceholders(Dictionary<string, (DocActor A, DocActor B, List<MediationCue> Cues, List<DocActor> Mediators, string From)> groups)
    {
        static bool Hole(DocActor x) => x.Rule == "unnamed-party";
        // A leader kept in person as a party of talks inside his state (DomesticSides) is that state's side here.
        static bool Same(DocActor x, DocActor y) => x == y || x.Kind is ActorKind.State or ActorKind.Government && x.Country is { } c && y.Kind is ActorKind.State or ActorKind.Government && y.Country == c
            || (y.Kind == ActorKind.Person && y.Office?.Affiliation == x && x.Kind is ActorKind.State || x.Kind == ActorKind.Person && x.Office?.Affiliation == y && y.Kind is ActorKind.State);
        foreach (var key in groups.Keys.ToList())
        {
            var g = groups[key];
            var hole = Hole(g.B) ? g.B : Hole(g.A) ? g.A : null;
            if (hole is null) continue;
            var named = hole == g.B ? g.A : g.B;
            var homes = groups.Where(o => o.Key != key && !Hole(o.Value.A) && !Hole(o.Value.B) && (Same(o.Value.A, named) || Same(o.Value.B, named))).ToList();
            if (homes.Count != 1) continue;
            var home = homes[0].Value;
            home.Cues.AddRange(g.Cues);
            home.Cues.Sort((x, y) => x.SentenceIndex.CompareTo(y.SentenceIndex));
            foreach (var m in g.Mediators.Where(m => m != home.A && m != home.B && !SameSide(m, home.A) && !SameSide(m, home.B) && !home.Mediators.Contains(m)))
                home.Mediators.Add(m);
            groups.Remove(key);
            if (!groups.Values.Any(o => o.A == hole || o.B == hole)) hole.Weak = true;
        }
    }

    /// <summary>Sides of the same talks beyond the pair: one who, in a single sentence, agrees a ceasefire or negotiates with both
    /// sides of the pair ("the government signed a ceasefire with LURD and MODEL" joins the government to LURD–MODEL), or with
    /// one of them in the sentence that ties the pair itself ("Mali signed with the Platform and the CMA").</summary>
    private static List<DocActor> ThirdSides(DocActor a, DocActor b, IReadOnlyList<RawRelation> relations, List<DocActor> mediators)
    {
        static bool Joint(RawRelation r) => r.Kind == RelationVocabulary.AgreesCeasefire || r.Kind == RelationVocabulary.Negotiates;
        static DocActor? Other(RawRelation r, DocActor x) => r.Source == x ? r.Target : r.Target == x ? r.Source : null;
        bool Same(DocActor x, DocActor y) => x == y || KeyOf(x, a) == KeyOf(y, a);
        var joint = relations.Where(r => Joint(r) && r.Modality is Modality.Reported or Modality.Claimed).ToList();
        var pairSentences = joint.Where(r => Other(r, a) is { } o && Same(o, b) || Other(r, b) is { } p && Same(p, a)).Select(r => r.Where).ToHashSet();
        var third = new List<DocActor>();
        foreach (var group in joint.GroupBy(r => r.Where))
        {
            foreach (var c in group.SelectMany(r => new[] { r.Source, r.Target }).Distinct())
            {
                if (Same(c, a) || Same(c, b) || mediators.Contains(c) || third.Any(t => Same(t, c)) || !PoliticalSides.IsSide(c)) continue;
                var tiedTo = group.Select(r => Other(r, c)).Where(o => o is not null).Select(o => o!).ToList();
                var withA = tiedTo.Any(o => Same(o, a));
                var withB = tiedTo.Any(o => Same(o, b));
                if (withA && withB || (withA || withB) && pairSentences.Contains(group.Key)) third.Add(c);
            }
        }
        return third;
    }

    /// <summary>Two mediations of one pair are two processes when they are apart in time and share no mediator ("In September
    /// 1980 West Germany arranged a meeting ... From November 1980, Algeria served as the intermediary"): a dated cue whose
    /// mediators are all new to the pair's dated process, two months or more from its first date, opens the pair's next era.
    /// So does a cue, dated or not, whose mediators are all new and whose sentence says the earlier attempt is over or this one
    /// comes after it ("After the talks collapsed, Libya mediated ...", "Later, Gabon launched a new initiative"); a mediator
    /// who joins, or mediates beside, the others stays in their process.</summary>
    private static string Era(Dictionary<string, (DocActor A, DocActor B, List<MediationCue> Cues, List<DocActor> Mediators, string From)> groups,
        string pairKey, MediationCue cue, List<DocActor> mediators)
    {
        // A later cue naming one of an era's mediators belongs to that era, however it is worded.
        string EraKey(int n) => n == 1 ? pairKey : pairKey + "#" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var count = 0;
        while (groups.ContainsKey(EraKey(count + 1))) count++;
        for (var n = count; n >= 1; n--)
            if (mediators.Any(m => groups[EraKey(n)].Mediators.Contains(m) || m.Office?.Affiliation is { } office && groups[EraKey(n)].Mediators.Contains(office)) && !NewTracks.Opens(cue, mediators, groups[EraKey(n)].Mediators)
                && !SeparateCeasefires.Opens(cue, mediators, groups[EraKey(n)].Mediators, groups[EraKey(n)].Cues)) return EraKey(n);
        var successor = Successor().IsMatch(cue.Sentence) && !Joining().IsMatch(cue.Sentence)
            || count > 0 && NewTracks.Opens(cue, mediators, groups[EraKey(count)].Mediators)
            || count > 0 && SeparateCeasefires.Opens(cue, mediators, groups[EraKey(count)].Mediators, groups[EraKey(count)].Cues);
        for (var n = 1; n <= count; n++)
        {
            var dated = groups[EraKey(n)].Cues.Select(c => c.Date).FirstOrDefault(d => d is not null);
            var apart = successor || cue.Date is { } date && dated is not null && Math.Abs(date.First.DayNumber - dated.First.DayNumber) >= 60;
            if (!apart) return EraKey(n);
        }
        return EraKey(count + 1);
    }

    [GeneratedRegex(
        @"(?:^|[,;:]\s*)(?:later|subsequently|afterwards|thereafter)\b|\bafter (?:the|those|these|that|this|its|their) (?:\w+ ){0,3}(?:talks|negotiations|efforts?|mediation|initiative|attempt|process|proposal)s? (?:had )?(?:collapsed|broke down|failed|stalled|foundered|ended)\b"
        + @"|\ba (?:new|fresh|second|separate) (?:\w+ )?(?:initiative|mediation|attempt|effort|process)\b|\btook over (?:the )?(?:mediation|talks|process)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Successor();

    [GeneratedRegex(
        @"\b(?:join(?:s|ed|ing)?|alongside|together with|assist(?:s|ed|ing)?|also|too|as well)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Joining();

    /// <summary>A state and its government are one side: "talks convened by the British and Irish governments" between Britain and
    /// Ireland make neither government a mediator of its own state's talks.</summary>
    private static bool SameSide(DocActor x, DocActor y) =>
        x != y && x.Kind is ActorKind.State or ActorKind.Government && y.Kind is ActorKind.State or ActorKind.Government && x.Country is { } c && c == y.Country;

    /// <summary>A state and its government are one party ("South Sudan" in one sentence, "the Government of South Sudan" in the next).</summary>
    private static string KeyOf(DocActor a, DocActor b)
    {
        static string Side(DocActor x) => x.Kind is ActorKind.State or ActorKind.Government && x.Country is { } c ? "state:" + c : x.Id;
        var (ka, kb) = (Side(a), Side(b));
        return string.CompareOrdinal(ka, kb) < 0 ? ka + "|" + kb : kb + "|" + ka;
    }

    /// <summary>The side a person between whom someone mediates stands for: the side they lead, else the side they hold an office
    /// in ("First Vice-President X" negotiates for his state), else the actor itself.</summary>
    private static DocActor Led(DocActor a) =>
        MainConflict.Led(a) is var led && led != a ? led
        : a.Kind == ActorKind.Person && a.Office is { Affiliation: var side } && PoliticalSides.IsSide(side) ? side : a;

    /// <summary>A state's council or agency named as a side ("Thailand's National Security Council and the BRN signed") stands
    /// for the state it is a part of; a party or movement (a political side of its own) stays.</summary>
    private static DocActor StateOf(DocActor a, IReadOnlyList<RawRelation> relations) =>
        a.Kind is ActorKind.Organisation or ActorKind.Agency && !PoliticalSides.IsSide(a)
        && relations.FirstOrDefault(r => r.Kind == RelationVocabulary.PartOf && r.Source == a && r.Target.Kind == ActorKind.State) is { } part ? part.Target : a;

    /// <summary>A leader named as mediator beside the state they lead counts once, as the state. A person in whose presence,
    /// under whose auspices or mediation an office holder's talks take place ("in the presence of Cuban President Raúl Castro",
    /// "under the mediation of H.E. X, President of Angola") stands there for the office: the process's mediator is the office;
    /// "Carter mediated" keeps Carter.</summary>
    /// <summary>The process's mediators: those only named as witnesses of the signing ("a ceremony witnessed by X and Y") are
    /// guests, not brokers, when another cue of the same talks names a broker; with none, the witnesses are all the text gives.
    /// Their ties stay (the witness may well have helped), only the process's list leaves them out.</summary>
    private static List<DocActor> Brokers(List<DocActor> mediators, List<MediationCue> cues)
    {
        var brokering = cues.Where(c => !SigningGuests.IsGuest(c)).ToList();
        if (brokering.Count == 0) return mediators;
        bool NamedBy(MediationCue c, DocActor m) => c.Mediators.Contains(m) || c.Mediators.Any(x => x.Office?.Affiliation == m);
        var brokers = mediators.Where(m => brokering.Any(c => NamedBy(c, m))).ToList();
        // A guest of the broker's own house stays: the body a broker holds office in ("Chairman of the AU" brokers, the AU's next
        // chairman attends), or an official of the broker or of the broker's body ("the Secretary of State of His Holiness").
        bool OfBrokers(DocActor m) => brokers.Any(b => b.Office?.Affiliation == m || m.Office?.Affiliation == b
            || m.Office?.Affiliation is { } o && o == b.Office?.Affiliation);
        var witnessesOnly = mediators.Where(m => cues.Any(c => SigningGuests.IsGuest(c) && !SigningGuests.NamesAny(c, brokers) && NamedBy(c, m)) && !brokering.Any(c => NamedBy(c, m)) && !OfBrokers(m)).ToList();
        return witnessesOnly.Count == 0 || witnessesOnly.Count == mediators.Count ? mediators : mediators.Except(witnessesOnly).ToList();
    }

    /// <summary>"Portugal began to mediate between the government and UNITA. The talks were led by X": a cue whose own sentence names
    /// no pair continues the track of a cue in the same paragraph one or two sentences before whose pair its sentence named,
    /// rather than the report's main pair (an earlier track between other sides). Null when there is none or the mediators are
    /// on one of its sides.</summary>
    private static (DocActor A, DocActor B)? RecentPair(MediationCue cue, List<DocActor> mediators,
        List<(MediationCue Cue, (DocActor A, DocActor B) Pair, string From)> read)
    {
        var last = read.LastOrDefault(r => r.From is "sentence" or "previous-sentence" && r.Cue.Where.Paragraph == cue.Where.Paragraph
            && r.Cue.SentenceIndex < cue.SentenceIndex && r.Cue.SentenceIndex >= cue.SentenceIndex - 2);
        if (last.Cue is null) return null;
        var (a, b) = last.Pair;
        bool Free(DocActor x) => !mediators.Any(m => m == x || SameSide(m, x) || x.Office?.Affiliation == m || m.Office?.Affiliation == x);
        return a.Rule != "unnamed-party" && b.Rule != "unnamed-party" && Free(a) && Free(b) ? (a, b) : null;
    }

    /// <summary>Mediators as the offices they stand for. Talks chaired by a head of state who also chairs an organisation ("under
    /// the chairmanship of Ghana's President X, then Chairman of ECOWAS") are chaired for the organisation, not the state; under
    /// his auspices or facilitation the text does not say in which capacity, and the state stays.</summary>
    private static List<DocActor> Fold(IReadOnlyList<DocActor> mediators, HashSet<DocActor> all, bool inOffice, bool chairing = false) =>
        mediators.Select(m => OfficeOf(m) is { } office && (inOffice || all.Contains(office) && m.Office?.Role == Lexicon.RoleKind.Leads)
                ? chairing && m.Chairs is { } chair && office.Kind is ActorKind.State or ActorKind.Government ? chair : office
                : m)
            .Distinct().ToList();

    // An organisation's envoy (a member, not its head) stays a mediator in person; MediatorBodies adds the organisation beside.
    private static DocActor? OfficeOf(DocActor m) =>
        m.Kind == ActorKind.Person && m.Office is { Affiliation: var office, Role: var role } && (office.Kind is ActorKind.State or ActorKind.Government
            || office.Kind == ActorKind.Organisation && role != Lexicon.RoleKind.MemberOf) ? office : null;


    private static ((DocActor A, DocActor B)?, string) Parties(MediationCue cue, List<DocActor> mediators, IReadOnlyList<RawRelation> relations,
        IReadOnlyList<DocActor> speakers, (DocActor A, DocActor B)? main, (DocActor A, DocActor B)? focus, Func<DocActor> placeholder, InView? inView, ISet<DocActor>? elsewhere = null)
    {
        // Neither a mediator, nor one of its people, nor the state or body a mediator serves ("under the facilitation of X,
        // Minister of Foreign Affairs of Y": Y is on the mediator's side, not a party).
        bool Free(DocActor a) => !mediators.Contains(a) && !mediators.Any(m => a.Office?.Affiliation == m || m.Office?.Affiliation == a || SameSide(a, m));
        if (cue.Parties is { } between && Free(between.A) && Free(between.B)) return (between, "sentence");
        // "The talks were convened by the British and Irish governments" with Britain and Ireland the pair in view: the conveners
        // are the two sides themselves, and no third party is named.
        if ((focus ?? main) is { } own && mediators.All(m => SameSide(m, own.A) || SameSide(m, own.B))) return (null, "");
        // A person read as another cue's mediator is not a side of talks in this one ("he met A and B, as well as the guarantor Powers").
        bool NoMediator(DocActor a) => !(a.Kind == ActorKind.Person && elsewhere is not null && elsewhere.Contains(a));
        var inSentence = relations.FirstOrDefault(r => r.Where == cue.Where && PairKinds.Contains(r.Kind.Name) && Free(r.Source) && Free(r.Target) && NoMediator(r.Source) && NoMediator(r.Target));
        if (inSentence is not null) return ((inSentence.Source, inSentence.Target), "sentence");
        // "Russia and Ukraine exchanged prisoners in a swap mediated by the UAE": exactly two sides in the cue's sentence.
        // "signed by President X of A and President Y of B": the leaders named stand for their sides.
        var sides = cue.OtherActors.Select(MainConflict.Led).Where(a => Free(a) && !speakers.Contains(a) && PoliticalSides.IsSide(a)).Distinct().ToList();
        // Two sides in the sentence are the parties unless they never meet, talk, fight or agree anywhere in the report while
        // the report's main pair does ("earlier talks facilitated by Norway ... in protest at sanctions imposed by the US").
        // In a sentence of thanks ("the gratitude of the Government of X to the leadership of Y, and to the mediation team headed
        // by Z") the one thanked stands with the mediators: the two states named are a pair only if the report ties them elsewhere.
        var thanks = Gratitude().IsMatch(cue.Sentence);
        if (sides.Count == 2 && (!thanks && (main is not { } mainPair || !Free(mainPair.A) || !Free(mainPair.B)) || relations.Any(r => PairKinds.Contains(r.Kind.Name)
            && (r.Source == sides[0] && r.Target == sides[1] || r.Source == sides[1] && r.Target == sides[0]))))
            return ((sides[0], sides[1]), "sentence");
        if (speakers.Count == 2 && speakers.All(Free)) return ((speakers[0], speakers[1]), "signatories");
        if (main is { } m && Free(m.A) && Free(m.B)) return (m, "main-conflict");
        // "The talks brought together X and Y. The Chief Mediator facilitated the sessions": with no conflict to rank, the pair of
        // sides the report had in view when the cue was read (what "the Parties" meant then), else the last pair it named.
        if (focus is { } f && Free(f.A) && Free(f.B) && FocusSide(Led(f.A), Led(f.B)) && FocusSide(Led(f.B), Led(f.A))) return ((Led(f.A), Led(f.B)), "discourse");
        if (inView is not null && SidesInView.For(cue, inView.Rivals, inView.Named, inView.PairSentences, Free, x => StateOf(Led(x), relations)) is { } viewed)
            return (viewed, "in-view");
        var single = cue.OtherActors.Where(a => Free(a) && !speakers.Contains(a) && PoliticalSides.IsSide(a))
            .OrderBy(a => a.Kind == ActorKind.State ? 1 : 0).FirstOrDefault();
        if (single is not null) return ((single, placeholder()), "placeholder");
        return (null, "");
    }

    /// <summary>A side of the pair in view: a state, armed group or government, or a body the report itself defines (not one
    /// the tables know, such as the UN) facing a state or government: "the signing of the Agreement by the Government of X and
    /// the Y Revolutionary Union (YRU)" makes the YRU a side, as signing does in <see cref="SigningBy"/>; so does facing a political body
    /// ("President X of ZANU-PF and the leaders of the MDC signed ...": a party named only by its acronym faces a movement).</summary>
    private static bool FocusSide(DocActor a, DocActor other) =>
        PoliticalSides.IsSide(a) || a.Kind == ActorKind.Organisation && a.Rule != "lexicon"
            && (other.Kind is ActorKind.State or ActorKind.Government || PoliticalSides.IsPoliticalBody(other));

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:gratitude|thanks|thank|thanked|thanking|grateful|appreciation)\b[^.;]{0,120}?\bto\s+the\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Gratitude();

    private static IEnumerable<string> TopicsOf(IReadOnlyDictionary<int, SentenceNote> sentences, int index) =>
        sentences.TryGetValue(index, out var s) ? s.Topics : [];
}
