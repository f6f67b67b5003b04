using System.Text.RegularExpressions;
using ActorGraph.Core.Model;
using ActorGraph.Reading.Facts;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>Applies the relation rules to one sentence whose mentions are found.</summary>
internal static class RuleEngine
{
    public static void Apply(SentenceContext s, bool claimed, List<DateMention> dates, List<RawRelation> output, List<PendingRelation> pending)
    {
        var before = output.Count;
        // A rule's required words are looked for only once one of its triggers matches, and once per sentence and pattern:
        // most sentences have no trigger of the rules that require words, and those rules share one pattern.
        (Regex Pattern, bool Present)? required = null;
        foreach (var rule in RelationRules.All)
        {
            var checkedRequired = false;
            foreach (var match in rule.Trigger.EnumerateMatches(s.Text))
            {
                if (!checkedRequired && rule.Requires is { } requires)
                {
                    if (required?.Pattern != requires) required = (requires, requires.IsMatch(s.Text));
                    if (!required.Value.Present) break;
                    checkedRequired = true;
                }
                var first = TokenAt(s, match.Index);
                var last = TokenAt(s, match.Index + match.Length - 1);
                if (first < 0 || last < 0) continue;
                // "the Organization for Security and Co-operation in Europe": a trigger word inside a known body's name is no trigger.
                if (s.Mentions.Any(x => x.First < first && last < x.Last && x.Actors.All(a => a.Kind == ActorKind.Organisation))) continue;
                // "thanked X for hosting the talks": the host of talks is not one who negotiates, unless the sides follow ("between").
                if (rule.Kind == RelationVocabulary.Negotiates && HostedTalks.Before(s, first) && Arguments.Between(s, last) is null) continue;
                var modality = ModalityCues.For(s, first, claimed, Arguments.ClauseStart(s, first));
                // A fixed modality ("would reject" is a refusal) yields to a hedge: "sources said X would reject" is their word.
                if (rule.FixedModality is { } fixedModality && modality == Modality.Hoped)
                    modality = fixedModality == Modality.Reported && Hedges.Before(s, first, Arguments.ClauseStart(s, first)) ? Modality.Claimed : fixedModality;
                if (modality is not { } m) continue;
                // "they took no part in the negotiations": those who stayed out of the talks did not refuse to negotiate with each other.
                if (rule.Kind == RelationVocabulary.Negotiates && m == Modality.Denied && PartIn(s, first)) continue;
                var date = DateFinder.Nearest(dates, match.Index);
                var quote = s.Quote(Math.Max(0, first - 2), Math.Min(s.Tokens.Count - 1, last + 3));
                ApplyOne(s, rule, first, last, m, date, quote, output, pending);
            }
        }
        Compounds(s, claimed, dates, output);
        ConflictFromAttack(s, before, output);
        NoteProposals(s);
        NoteSignatories(s);
        DelegationsMet.NotePairOfDelegations(s);
        SigningBy.Apply(s, claimed, dates, output);
        References.NoteJoinedPeople(s);
    }

    /// <summary>Whether "part in (the)" comes right before the talks at <paramref name="first"/> ("took no part in the
    /// negotiations", "did not take part in talks"): a word of taking part, not of negotiating.</summary>
    private static bool PartIn(SentenceContext s, int first)
    {
        var k = s.KeyAt(first - 1) == "the" ? first - 2 : first - 1;
        return s.KeyAt(k) == "in" && s.KeyAt(k - 1) == "part";
    }

    /// <summary>"Representatives of X and Y signed a declaration": the two sides become the pair that "the two
    /// sides" and "the parties" refer to later.</summary>
    private static void NoteSignatories(SentenceContext s)
    {
        var m = RelationRules.AgreementWords().Match(s.Text);
        if (!m.Success || TokenAt(s, m.Index) is var t && t < 0) return;
        var sides = Arguments.Actors(Arguments.Subject(s, t)).Select(Led).Where(Side).Distinct().ToList();
        // "which President Kiir and Riek Machar, leader of the SPLM-IO, signed": two leaders joined by "and" before the verb.
        if (sides.Count != 2)
        {
            var joined = s.Mentions.Where(x => x.IsArgument && x.Last < t).ToList();
            for (var k = joined.Count - 2; k >= 0 && sides.Count != 2; k--)
                if (joined[k + 1].First == joined[k].Last + 2 && s.KeyAt(joined[k].Last + 1) == "and" && Led(joined[k].Actor) is var a && Led(joined[k + 1].Actor) is var b && Side(a) && Side(b) && a != b)
                    sides = [a, b];
        }
        if (sides.Count == 2) s.Discourse.NotePair(sides[0], sides[1]);
    }

    /// <summary>The two sides named after the trigger, up to the sentence's end, each a state, armed group or government (a
    /// leader stands for the side they lead); null unless there are exactly two.</summary>
    private static (DocActor A, DocActor B)? ObjectSides(SentenceContext s, int last)
    {
        var sides = s.Mentions.Where(m => m.First > last && m.Actors.Count == 1).Select(m => Led(m.Actor)).Where(Side).Distinct().ToList();
        return sides.Count == 2 ? (sides[0], sides[1]) : null;
    }

    private static readonly HashSet<string> DelegationNouns = new(StringComparer.Ordinal) { "delegations", "representatives", "negotiators", "envoys" };

    /// <summary>"(the) delegations of" right before the first of a list, the phrase opening the sentence or following a comma
    /// (not "the Presidents, together with the representatives of the Guarantors, met": those are with the subject, not it).</summary>
    private static bool DelegationsOf(SentenceContext s, int first)
    {
        var k = s.KeyAt(first - 1) == "the" ? first - 2 : first - 1;
        if (s.KeyAt(k) != "of" || !DelegationNouns.Contains(s.KeyAt(k - 1))) return false;
        var before = s.KeyAt(k - 2) == "the" ? k - 3 : k - 2;
        return before < 0 || s.KeyAt(before) == ",";
    }

    /// <summary>A pair of a person who leads a body and another body (not a person): the person's body is the side.</summary>
    internal static List<DocActor> LeadersAsSides(List<DocActor> pair)
    {
        if (pair.Count != 2 || pair.Count(a => a.Kind == ActorKind.Person) != 1) return pair;
        var mapped = pair.Select(Led).ToList();
        return mapped[0] != mapped[1] && mapped.All(a => a.Kind != ActorKind.Person) ? mapped : pair;
    }

    /// <summary>A leader stands for the side they lead.</summary>
    internal static DocActor Led(DocActor a) =>
        a.Kind == ActorKind.Person && a.Office is { Role: Lexicon.RoleKind.Leads, Affiliation: var led } ? led : a;

    private static void ApplyOne(SentenceContext s, RelationRule rule, int first, int last, Modality modality, DateMention? date, string quote,
        List<RawRelation> output, List<PendingRelation> pending)
    {
        var found = false;
        HashSet<DocActor>? brokers = null;
        void Emit(DocActor a, DocActor b, string how)
        {
            // Only a fact told as the report's own (not "he noted that he had spoken with X") sets who "the two leaders" are.
            if ((SidesKinds.Contains(rule.Kind.Name) || rule.Kind.Name == "engages") && modality == Modality.Reported && !GoBetweens.IsGoBetween(s, a) && !GoBetweens.IsGoBetween(s, b))
                s.Discourse.NoteFactPeople(a, b);
            // A war is between the sides, not their leaders ("their first meeting since fighting erupted").
            if (rule.Kind == RelationVocabulary.ArmedConflict) (a, b) = (Led(a), Led(b));
            if (a == b || !Usable(a) || !Usable(b)) return;
            // "their fourth round of talks, facilitated by UNSMIL", "an EU-facilitated Dialogue with": the third party is no side.
            if (rule.Kind == RelationVocabulary.Negotiates && (ThirdParties.Nearest(s, a, first) || ThirdParties.Nearest(s, b, first))) return;
            // "the mediation team, led by Algeria, ... negotiations between": the one leading the mediation is no side of the talks.
            if (SidesKinds.Contains(rule.Kind.Name) && (GoBetweens.LeadsMediation(s, a) || GoBetweens.LeadsMediation(s, b))) return;
            // "after talks brokered by Algeria's President X": the broker and the state he heads are no side of the talks.
            if (SidesKinds.Contains(rule.Kind.Name) && (brokers ??= BrokeredTalks.Brokers(s)) is { Count: > 0 } && (brokers.Contains(a) || brokers.Contains(b))) return;
            // A person does not meet, negotiate or fight with the body they hold office in ("the High Representative of the EU").
            if (a.Office?.Affiliation == b || b.Office?.Affiliation == a) return;
            output.Add(new RawRelation(a, b, rule.Kind, modality, date?.Start, s.Where, rule.Name + how, rule.Confidence, quote) { End = date?.End });
            found = true;
            if (SidesKinds.Contains(rule.Kind.Name) && Side(a) && Side(b)) s.Discourse.NotePair(a, b);
            // Two people who negotiate or agree a ceasefire do so for the sides they stand for.
            if ((rule.Kind == RelationVocabulary.Negotiates || rule.Kind == RelationVocabulary.AgreesCeasefire) && SidesOfPeople.Of(a, b, s.Discourse.LastPair) is { } sides)
            {
                output.Add(new RawRelation(sides.A, sides.B, rule.Kind, modality, date?.Start, s.Where, rule.Name + how + "/sides-of-people", rule.Confidence - 0.05, quote) { End = date?.End });
                s.Discourse.NotePair(sides.A, sides.B);
            }
        }

        if (rule.Kind == RelationVocabulary.Meets && DelegationsMet.Pair(s, first) is { } met)
        {
            output.Add(new RawRelation(met.A, met.B, RelationVocabulary.Negotiates, modality, date?.Start, s.Where, rule.Name + "/delegations-met", rule.Confidence - 0.1, quote) { End = date?.End });
            s.Discourse.NotePair(met.A, met.B);
            return;
        }
        var subject = Arguments.Subject(s, first);
        if (rule.Pair && subject.Count == 0) subject = ColonContent.Subject(s, first);
        if (rule.Pair)
        {
            // "after eight days of consultations in X, the Government and the rebels reached agreement": the main clause's pair.
            if (subject.Count == 0 && rule.Kind == RelationVocabulary.Negotiates && FrontedTalks.MainSides(s, first, last) is { } fronted)
            {
                Emit(fronted.A, fronted.B, "/fronted");
                s.Discourse.NotePair(fronted.A, fronted.B);
                return;
            }
            if (Arguments.Between(s, last) is { } between)
            {
                var inView = s.Discourse.LastPair;
                Emit(between.A, between.B, "/between");
                if (SidesOfPeople.Of(between.A, between.B, inView) is { } stood) s.Discourse.NotePair(stood.A, stood.B);
                else s.Discourse.NotePair(between.A, between.B);
                return;
            }
            if (rule.ObjectPair)
            {
                if (ObjectSides(s, last) is { } sides)
                {
                    Emit(sides.A, sides.B, "/objects");
                    s.Discourse.NotePair(sides.A, sides.B);
                }
                return;
            }
            var subjects = GoBetweens.WithoutInviters(s, Arguments.Actors(subject));
            var objectsForPair = Arguments.Object(s, last, 3);
            // "the ceasefire that the Government and the SPLM-IO agreed": the pair in the relative clause after the noun.
            if (subjects.Count == 0 && s.KeyAt(last + 1) is "that" or "which" && Arguments.Actors(Arguments.Object(s, last + 1, 8)) is { Count: 2 } relative)
            {
                Emit(relative[0], relative[1], "/relative");
                return;
            }
            // "Ukraine and the Donetsk and Luhansk people's republics": two sides, the second named as a group.
            if (subject.Count == 2 && subjects.Count > 2 && subject.Any(x => x.Rule == "shared-head") && objectsForPair.Count == 0)
            {
                foreach (var a in subject[0].Actors)
                    foreach (var b in subject[1].Actors) Emit(a, b, "/pair");
                return;
            }
            // "LURD and MODEL signed a ceasefire with the government": each of the listed sides agrees with the one after "with".
            if (subjects.Count >= 2 && s.KeyAt(last + 1) == "with" && Arguments.Actors(Arguments.Object(s, last + 1, 4)).Except(subjects).ToList() is { Count: 1 } counterpart
                && PoliticalSides.IsSide(counterpart[0]) && subjects.All(PoliticalSides.IsSide))
            {
                foreach (var side in subjects) Emit(side, counterpart[0], "/with");
                s.Discourse.NotePair(subjects[0], counterpart[0]);
                return;
            }
            // "delegations of Angola, Cuba and South Africa met": the delegations of three or more sides meeting hold talks, each
            // side with each other.
            if (rule.Kind == RelationVocabulary.Meets && subjects.Count is >= 3 and <= 5 && subjects.All(PoliticalSides.IsSide) && DelegationsOf(s, subject[0].First))
            {
                for (var i = 0; i < subjects.Count; i++)
                    for (var j = i + 1; j < subjects.Count; j++)
                        output.Add(new RawRelation(subjects[i], subjects[j], RelationVocabulary.Negotiates, modality, date?.Start, s.Where, rule.Name + "/delegations", rule.Confidence - 0.1, quote) { End = date?.End });
                return;
            }
            // A list of three or more ("Norway, Cuba, ... have mediated ... since the negotiations resumed") is no pair.
            if (subjects.Count == 2 && (objectsForPair.Count == 0 || !rule.SubjectObject))
            {
                // "President NAME of BODY and the MDC signed": a person who leads a body, listed with another body, stands for it.
                subjects = LeadersAsSides(subjects);
                var inView = s.Discourse.LastPair;
                for (var i = 0; i < subjects.Count; i++)
                    for (var j = i + 1; j < subjects.Count; j++)
                        Emit(subjects[i], subjects[j], "/pair");
                // Two people who stand for the sides leave those sides as the pair in view ("the two sides" later).
                if (SidesOfPeople.Of(subjects[0], subjects[1], inView) is { } stood) s.Discourse.NotePair(stood.A, stood.B);
                else s.Discourse.NotePair(subjects[0], subjects[1]);
                return;
            }
            // "the two military delegations ... signed a permanent ceasefire" before either side is named: the report's main pair.
            if (subjects.Count < 2 && References.UnresolvedPairIn(s, Arguments.ClauseStart(s, first), first))
            {
                pending.Add(new PendingRelation(rule, null, modality, date?.Start, s.Where, quote));
                return;
            }
        }
        if (!rule.SubjectObject)
        {
            if (rule.MainPairFallback && subject.Count == 0) pending.Add(new PendingRelation(rule, null, modality, date?.Start, s.Where, quote));
            return;
        }

        // "each side accused the other": both directions between the last pair of sides.
        if (s.KeyAt(last + 1) is "the" && s.KeyAt(last + 2) is "other" && s.Discourse.LastPair is { } pair &&
            Enumerable.Range(Math.Max(0, first - 4), first - Math.Max(0, first - 4)).Any(k => s.KeyAt(k) == "each" && s.KeyAt(k + 1) is "side" or "party"))
        {
            Emit(pair.A, pair.B, "/each-other");
            Emit(pair.B, pair.A, "/each-other");
            return;
        }
        // "the sanctions imposed by the United States": the agent acts on the clause's subject.
        if (s.KeyAt(last + 1) is "imposed" or "placed" or "levied" or "levelled" or "leveled" && s.KeyAt(last + 2) == "by"
            && Arguments.Actors(Arguments.Object(s, last + 2, 4)) is { Count: > 0 } imposers)
        {
            foreach (var source in imposers)
                foreach (var target in Arguments.Actors(subject).Except(imposers))
                    Emit(source, target, "/imposed-by");
            return;
        }
        // "reaffirmed the support of the United States for the Lebanese army": the actor after "the NOUN of" is its source.
        if (s.KeyAt(first - 1) == "the" && s.KeyAt(last + 1) == "of" && Arguments.Object(s, last + 1, 2) is { Count: > 0 } of
            && s.KeyAt(of[^1].Last + 1) is "for" or "to" or "on" or "against"
            && Arguments.Actors(Arguments.Object(s, of[^1].Last + 1, 4)).Except(Arguments.Actors(of)).ToList() is { Count: > 0 } received)
        {
            foreach (var source in Arguments.Actors(of))
                foreach (var target in received)
                    Emit(source, target, "/the-noun-of");
            return;
        }
        // "won the backing of the United States and the EU for the process": what the subject won comes from the actors after "of".
        if (s.KeyAt(first - 1) == "the" && Won(s.KeyAt(first - 2)) && s.KeyAt(last + 1) == "of" && Arguments.Object(s, last + 1, 2) is { Count: > 0 } givers
            && Arguments.Actors(subject).Except(Arguments.Actors(givers)).ToList() is { Count: > 0 } winners)
        {
            foreach (var source in Arguments.Actors(givers))
                foreach (var target in winners)
                    Emit(source, target, "/won-the-noun-of");
            return;
        }
        // "Turkey's military support for the GNA": the owner of the act is its source.
        if (Owner(s, first) is { } owner && s.KeyAt(last + 1) is "for" or "to" or "on" or "against" or "of" or "with"
            && Arguments.Actors(Arguments.Object(s, last + 1, 4)).Except(owner.Actors).ToList() is { Count: > 0 } owned)
        {
            foreach (var source in owner.Actors)
                foreach (var target in owned)
                    Emit(source, target, "/possessive");
            return;
        }
        List<DocActor> sources, targets;
        var agent = Arguments.Agent(s, last);
        if (agent.Count > 0 && s.Text[s.Tokens[first].Start..s.Tokens[last].End].EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            sources = Arguments.Actors(agent);
            targets = Arguments.Actors(subject);
        }
        else if (rule.FromIsSource && From(s, last) is { Count: > 0 } from)
        {
            sources = Arguments.Actors(from);
            targets = Arguments.Actors(Arguments.Object(s, from[^1].Last, 12)).Except(sources).ToList();
        }
        else
        {
            sources = Arguments.Actors(subject);
            targets = Arguments.Actors(Arguments.Object(s, last)).Except(sources).ToList();
        }

        if (targets.Count == 0 && sources.Count > 0)
        {
            if (rule.ProposerFallback && s.Discourse.LastProposer is { } proposer && s.Sentence.Index - proposer.Sentence <= 2 && !sources.Contains(proposer.Actor))
                targets = [proposer.Actor];
            // "urged them to respect": the object was said (a pronoun not resolved), so it is not the subject's counterpart.
            else if (rule.CounterpartFallback && s.KeyAt(last + 1) is not ("them" or "him" or "her" or "it"))
                foreach (var source in sources) pending.Add(new PendingRelation(rule, source, modality, date?.Start, s.Where, quote));
        }
        foreach (var source in sources)
            foreach (var target in targets)
                Emit(source, target, "");
        if (!found && sources.Count == 0 && targets.Count == 0 && rule.MainPairFallback)
            pending.Add(new PendingRelation(rule, null, modality, date?.Start, s.Where, quote));
    }


    private static bool Won(string key) => key is "won" or "win" or "wins" or "gained" or "gain" or "gains" or "secured" or "secure" or "secures"
        or "enjoyed" or "enjoys" or "enjoy" or "received" or "receives" or "obtained" or "obtains" or "sought" or "seeks";

    /// <summary>The actor before "'s" (one lower-case modifier may follow it) that owns the noun at <paramref name="first"/>.</summary>
    private static Mention? Owner(SentenceContext s, int first)
    {
        var apostrophe = s.KeyAt(first - 1) == "'s" ? first - 1 : s.KeyAt(first - 2) == "'s" && s.Tokens[first - 1] is { IsWord: true, IsCapitalised: false } ? first - 2 : -1;
        if (apostrophe < 1) return null;
        return s.Mentions.FirstOrDefault(m => m.Last == apostrophe - 1 && m.IsArgument && m.Actors.All(a => a.Kind is not (ActorKind.Territory or ActorKind.Population)));
    }

    private static List<Mention> From(SentenceContext s, int last)
    {
        for (var k = last + 1; k < Math.Min(s.Tokens.Count, last + 5); k++)
        {
            if (s.KeyAt(k) == "from") return Arguments.Object(s, k, 4);
        }
        return [];
    }

    private static void Compounds(SentenceContext s, bool claimed, List<DateMention> dates, List<RawRelation> output)
    {
        foreach (var (a, b, next) in s.Compounds)
        {
            if (RelationRules.CompoundKind(s.KeyAt(next)) is not { } kind) continue;
            var at = s.Tokens[Math.Min(next, s.Tokens.Count - 1)].Start;
            var date = DateFinder.Nearest(dates.Where(d => d.At >= at).ToList(), at);
            var modality = ModalityCues.For(s, next, claimed, Arguments.ClauseStart(s, next)) ?? Modality.Reported;
            output.Add(new RawRelation(a, b, kind, modality, date?.Start, s.Where, "compound-" + kind.Name, 0.75,
                s.Quote(Math.Max(0, next - 3), next)) { End = date?.End });
        }
    }

    private static void ConflictFromAttack(SentenceContext s, int from, List<RawRelation> output)
    {
        if (!RelationRules.ConflictWords.IsMatch(s.Text)) return;
        var attacks = output.Skip(from).Where(r => r.Kind == RelationVocabulary.Attacks && r.Modality != Modality.Denied).ToList();
        foreach (var attack in attacks)
        {
            if (output.Skip(from).Any(r => r.Kind == RelationVocabulary.ArmedConflict && Same(r, attack.Source, attack.Target))) continue;
            output.Add(attack with { Kind = RelationVocabulary.ArmedConflict, Rule = "conflict-from-attack", Confidence = 0.6 });
        }
    }

    private static void NoteProposals(SentenceContext s)
    {
        foreach (var match in RelationRules.Proposal.EnumerateMatches(s.Text))
        {
            var first = TokenAt(s, match.Index);
            if (first < 0) continue;
            var subject = Arguments.Subject(s, first);
            if (subject.Count > 0) s.Discourse.LastProposer = (subject[^1].Actor, s.Sentence.Index);
        }
    }

    private static bool Same(RawRelation r, DocActor a, DocActor b) => (r.Source == a && r.Target == b) || (r.Source == b && r.Target == a);

    private static readonly HashSet<string> SidesKinds = new(StringComparer.Ordinal) { "armed-conflict", "attacks", "agrees-ceasefire", "negotiates", "accuses", "meets", "cooperates" };

    private static bool Side(DocActor a) => PoliticalSides.IsSide(a);

    private static bool Usable(DocActor a) => a.Kind is not (ActorKind.Territory or ActorKind.Population);

    /// <summary>The token covering a character offset, or -1.</summary>
    public static int TokenAt(SentenceContext s, int offset)
    {
        var tokens = s.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].End > offset) return tokens[i].Start <= offset + 1 ? i : i;
        }
        return -1;
    }
}
