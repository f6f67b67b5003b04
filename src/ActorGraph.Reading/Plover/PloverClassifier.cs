using System.Text.RegularExpressions;
using ActorGraph.Core.Model;
using ActorGraph.Reading.Facts;
using ActorGraph.Reading.Lexicon;
using ActorGraph.Reading.Recognition;
using ActorGraph.Reading.Rules;
using ActorGraph.Reading.Text;

namespace ActorGraph.Reading.Plover;

/// <summary>Codes one sentence in PLOVER. The main event is the earliest trigger of <see cref="PloverLexicon"/>
/// outside an opening phrase ("In a letter to X, ..."), a proper name ("Economic Cooperation") or a hyphenated
/// modifier ("Israeli-occupied"); at one position the longest phrase wins. Its frame then shifts the category:
/// an obligation laid on another ("X said Y must ...") is a DEMAND; a future or intended act ("will impose",
/// "ready to withdraw") is a THREATEN when coercive and an AGREE when conciliatory; a negated conciliatory act
/// ("will not release") is a REJECT. The actor before the trigger is the source, the first after it the target.
/// A baseline for the event coders analysts know, separate from the reader's graph rules (which use the seed
/// vocabulary). Cost: O(triggers × sentence length).</summary>
public static partial class PloverClassifier
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(?:must|should|ought to|has to|have to)\b", Options)]
    private static partial Regex Obligation();

    [GeneratedRegex(@"\b(?:will|would|shall|plans? to|planning to|intends? to|is to|are to|going to|prepared to|ready to|willing to|promised to|pledged to|vowed to|offered to|expects? to|aims? to|hopes? to)\s+(?:be\s+)?(?:[\w-]+\s+){0,2}$", Options)]
    private static partial Regex Intent();

    [GeneratedRegex(@"\b(?:could|may|might)\s+(?:be\s+)?(?:[\w-]+\s+){0,2}$", Options)]
    private static partial Regex Possibility();

    [GeneratedRegex(@"^(?:pledg|promis|offer|willing|ready|prepared|commit)", Options)]
    private static partial Regex IntentWord();

    [GeneratedRegex(@"\b(?:not|never|no longer|n't)\s+(?:[\w-]+\s+){0,2}$", Options)]
    private static partial Regex Negation();

    /// <summary>A quote before its speaker is read as the speaker's act first (<see cref="FrontQuote"/>): a first-person quote
    /// restated, else the words from the speaker on when they give the same category; "said of X" gives a missing target.</summary>
    public static PloverCoding Code(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var coding = FrontQuote.Restate(sentence) is { } spoken && CodeOne(spoken) is { Category: not null } quoted ? quoted : CodeOne(sentence);
        if (FrontQuote.Told(sentence) is { } told && CodeOne(told) is { Category: { } category, Source.Count: > 0 } speakers && category == coding.Category) coding = speakers;
        return coding.Target.Count == 0 && FrontQuote.About(sentence) is { Length: > 0 } about ? coding with { Target = [about] } : coding;
    }

    private static PloverCoding CodeOne(string sentence)
    {
        var where = new FactLocation("plover", 1, 0, sentence.Length, sentence);
        var s = new SentenceContext(new Sentence(1, 0, 0, sentence), where, new DocumentActors(), new Discourse(), ActorLexicon.Default);
        MentionFinder.Find(s);
        var mentions = s.Mentions.Where(m => m.Role != MentionRole.Place).OrderBy(m => m.First).ToList();

        var trigger = VerbPattern(sentence, MainTrigger(sentence)) ?? FallbackTrigger(sentence);
        var obligation = Obligation().Match(sentence);
        string? category;
        int at;
        var targetFrom = -1;
        if (obligation.Success && (trigger is null || obligation.Index < trigger.Value.At))
            (category, at) = ("DEMAND", obligation.Index);
        else if (trigger is { } t)
        {
            (category, at) = (Framed(sentence, ViolenceMeans.Category(sentence, t), t.At, t.Length), t.At);
            if (ProtestAct.Applies(sentence, category, t.At)) category = "PROTEST";
            if (category == "DEMAND" && Rallying.After(sentence, t.At + t.Length) is { } rally) (category, targetFrom) = rally;
        }
        // No trigger: the category stays unknown, but the actors are still read around the main verb ("Ukrainian drones
        // struck two refineries"), as a coder that knows the verb would read them.
        else if (MainClause.MainVerb(sentence, MainClause.OpeningEnd(sentence), MainClause.Asides(sentence, MainClause.OpeningEnd(sentence))) is { } verb)
            (category, at) = (null, VerbHead(sentence, verb.At));
        else
            return new PloverCoding(null, [], []);

        var isObligation = obligation.Success && category == "DEMAND" && at == obligation.Index;
        var length = isObligation ? obligation.Length : trigger is { } t1 && t1.At == at ? t1.Length : WordLength(sentence, at);
        var (source, target) = Actors(sentence, s, mentions, (at, length), isObligation, targetFrom, category);
        return new PloverCoding(category, source, target);
    }

    /// <summary>The source is the subject of the trigger's clause (<see cref="ActorPhrases.Subject"/>: the words before
    /// the main verb group, or before the trigger when that comes first) and the target the first actor phrase after
    /// the trigger (<see cref="ActorPhrases.FirstAfter"/>), except: an obligation ("X declared that Y must ...") has the
    /// obliged as target; a passive trigger ("Y was attacked by X") has the agent after "by" as source and the subject
    /// as target; in a clause reported by a verb of saying, a pronoun or a nameless "the group" stands for the speaker
    /// and "their forces" are the speaker's. When no subject phrase is found, the nearest actor mention before the
    /// trigger is the source.</summary>
    private static (List<string> Source, List<string> Target) Actors(string sentence, SentenceContext s, List<Mention> mentions, (int At, int Length) trigger, bool obligation, int targetFrom, string? category)
    {
        List<string> Before(int offset) => mentions.Where(m => s.Tokens[m.Last].End <= offset).Select(m => s.Span(m.First, m.Last)).TakeLast(1).ToList();
        static List<string> One(string phrase) => phrase.Length == 0 ? [] : [phrase];
        var at = trigger.At;
        // Triggers may span their object ("expelled Canada's ambassador"): the target is sought after the first word.
        var end = at + WordLength(sentence, at);
        var opening = MainClause.OpeningEnd(sentence);
        var asides = MainClause.Asides(sentence, opening);
        var report = MainClause.ReportingVerb(sentence, opening, at);
        var clause = report is { } r0 && MainClause.OpensClause(sentence, r0) && Before(r0.At).Count + SubjectBefore(sentence, opening, r0.At, asides).Length > 0
            ? MainClause.ClauseAfter(sentence, r0.End) : opening;
        var subject = SubjectBefore(sentence, clause, at, asides);
        if (report is { } r && clause != opening)
        {
            var speaker = SubjectBefore(sentence, opening, r.At, asides);
            if (speaker.Length == 0) speaker = Before(r.At).FirstOrDefault() ?? "";
            if (ActorPhrases.IsReference(sentence, subject)) subject = speaker;
            else if (ActorPhrases.Owned(subject, speaker) is { } owned) subject = owned;
            if (obligation && Obliged(sentence, r.End, at, asides) is { Length: > 0 } obliged0) return (One(speaker), [obliged0]);
        }
        if (obligation)
        {
            var verb = MainClause.MainVerb(sentence, opening, asides);
            var from = verb is { } v && v.At < at ? v.At + WordLength(sentence, v.At) : opening;
            var obliged = Obliged(sentence, from, at, asides);
            var demander = SubjectBefore(sentence, opening, at, asides);
            if (obliged.Length > 0 && demander.Length > 0) return (One(demander), [obliged]);
        }
        // "Thousands of troops were massed on the border": forces moved or stood down without a named agent are the subject's
        // own act, read as active.
        if (MainClause.IsPassive(sentence, at) && !(category is "MOBILIZE" or "RETREAT" && MainClause.PassiveAgent(sentence, end) < 0))
        {
            var by = MainClause.PassiveAgent(sentence, end);
            var agent = ActorPhrases.FirstAfter(sentence, by >= 0 ? by : end);
            if (agent.Length == 0 && category == "RETREAT") agent = RetreatPlace.Agent(sentence, by);
            // "Heavy weapons were withdrawn by the army from the border villages": what the agent moves is its own; the place
            // left is the target.
            // The things moved need not be an actor ("Heavy weapons were withdrawn from the crossing by the peacekeepers").
            if (category == "RETREAT" && (subject.Length > 0 || agent.Length > 0) && RetreatPlace.After(sentence, end) is { Length: > 0 } left) return (One(agent), [left]);
            if (subject.Length > 0) return (One(agent), [subject]);
        }
        if (subject.Length > 0 && Converse.DoerAt(sentence, clause, asides, at, end, category) is var doer and >= 0
            && ActorPhrases.FirstAfter(sentence, doer) is { Length: > 0 } converseDoer)
        {
            return (One(converseDoer), [subject]);
        }
        // "A journalist was shot dead by unidentified gunmen": a trigger naming the doers after the "by" of a passive main
        // verb is the agent; the subject is the target.
        if (subject.Length > 0 && IsAgentTrigger(sentence, at, at + Math.Max(WordLength(sentence, at), trigger.Length)) && AgentBy().Match(sentence, 0, at) is { Success: true } byAgent
            && MainClause.MainVerb(sentence, clause, asides) is { } pv && pv.At < byAgent.Index && MainClause.IsPassive(sentence, VerbHead(sentence, pv.At)))
        {
            return (One(ActorPhrases.FirstAfter(sentence, byAgent.Index + 3)), [subject]);
        }
        // "Gunmen shot dead ...", "A suicide bomber killed ...": a trigger naming the doers is the subject itself, and the
        // object follows the main verb.
        if (subject.Length == 0 && IsAgentTrigger(sentence, at, at + Math.Max(WordLength(sentence, at), trigger.Length))
            && MainClause.MainVerb(sentence, clause, asides) is { } mv && mv.At >= end)
        {
            subject = ActorPhrases.Subject(sentence, clause, mv.At, asides);
            end = mv.At + WordLength(sentence, mv.At);
        }
        var source = subject.Length > 0 ? [subject] : Before(at);
        // "Israel and Lebanon renewed negotiations": a pair acting together is coded as the source; neither is the target.
        if (ActorPhrases.IsPair(subject)) return (source, []);
        var after = targetFrom >= 0 ? targetFrom : end;
        var target = ActorPhrases.FirstAfter(sentence, after);
        if (target.Length == 0 && targetFrom < 0 && EarlierObject.Find(sentence, clause, asides, at) is { } earlier) (after, target) = earlier;
        // "deployed 400 police officers to Haiti", "withdrew its soldiers and aid workers from Mali": people a verb of
        // movement moves are the subject's own; the place or body they go to or leave is the target.
        for (var n = 0; n < 3 && target.Length > 0 && !target.Any(char.IsUpper) && MovesOwnPeople().IsMatch(sentence.AsSpan(at, end - at)); n++)
        {
            after = sentence.IndexOf(target, after, StringComparison.Ordinal) + target.Length;
            target = ActorPhrases.FirstAfter(sentence, after);
        }
        // "demonstrated in the city of Kirkuk ... calling for independence from Iraq", "surrendered in the town of Soroti": a
        // protest or a retreat is not aimed at the place where it happens; the next actor, if any, is the target. A state
        // named there is ("demonstrated in Serbia"), and for a protest a part of one ("rioted at a jail in northern Israel"; a ceasefire "in south
        // Lebanon" has no target).
        for (var n = 0; n < 3 && category is "PROTEST" or "RETREAT" && target.Length > 0 && AfterPlaceWord(sentence, after, target, InOrAt())
            && !(ActorLexicon.Default.ByName.TryGetValue(category == "PROTEST" ? Region().Replace(target, "") : target, out var known) && known.Kind == ActorKind.State); n++)
        {
            after = sentence.IndexOf(target, after, StringComparison.Ordinal) + target.Length;
            target = ActorPhrases.FirstAfter(sentence, after);
        }
        // "threatened to hold a strike unless Israel rescinded ...": a threat with no one named after it is aimed at who must
        // meet its condition.
        if (category == "THREATEN" && target.Length == 0 && Unless().Match(sentence, after) is { Success: true } condition)
            target = ActorPhrases.FirstAfter(sentence, condition.Index + condition.Length);
        // "held talks in Cairo with his Qatari counterpart": the actor after "with" in the same clause is the other party, not
        // the place named before it.
        if (target.Length > 0 && AfterPlaceWord(sentence, after, target, InOrAt()))
        {
            var placeEnd = sentence.IndexOf(target, after, StringComparison.Ordinal) + target.Length;
            var stop = sentence.IndexOfAny([',', ';'], placeEnd);
            if (WithNext().Match(sentence, placeEnd, (stop < 0 ? sentence.Length : stop) - placeEnd) is { Success: true } with
                && ActorPhrases.FirstAfter(sentence, with.Index + with.Length, stop) is { Length: > 0 } party)
                target = party;
        }
        // "complained to the United Nations over Israeli air raids": a complaint taken to an international body is aimed at
        // whom it is about.
        if (category == "DISAPPROVE" && target.Length > 0 && ActorLexicon.Default.ByName.TryGetValue(target, out var body) && body.Kind == ActorKind.Organisation
            && AfterPlaceWord(sentence, after, target, ToOrWith()))
        {
            var bodyEnd = sentence.IndexOf(target, after, StringComparison.Ordinal) + target.Length;
            var stop = sentence.IndexOfAny([',', ';'], bodyEnd);
            if (OverOrAbout().Match(sentence, bodyEnd, (stop < 0 ? sentence.Length : stop) - bodyEnd) is { Success: true } about
                && ActorPhrases.FirstAfter(sentence, about.Index + about.Length, stop) is { Length: > 0 } aimed)
                target = aimed;
        }
        // "The fighters withdrew from the town overnight": a retreat with no actor after it leaves the place named by a noun.
        if (category == "RETREAT" && target.Length == 0) target = RetreatPlace.After(sentence, end);
        return (source, One(ProtestPurpose.Refine(sentence, after, LaterParty.Refine(sentence, after, AgainstTarget(sentence, after, target), category), category)));
    }

    /// <summary>"filed a complaint with the United Nations against Saudi Arabia", "staged a sit-in outside the ministry against
    /// the government": an actor after "against" in the same clause, before a comma, is whom the act is aimed at and
    /// replaces the first phrase found.</summary>
    private static string AgainstTarget(string sentence, int after, string target)
    {
        var stop = sentence.IndexOfAny([',', ';'], after);
        var end = stop < 0 ? sentence.Length : stop;
        var against = sentence.IndexOf(" against ", after, end - after, StringComparison.Ordinal);
        if (against < 0 || against - after > 80) return target;
        if (target.Length > 0 && target.Any(char.IsUpper) && !AfterPlaceWord(sentence, after, target, PlaceWordBefore())) return target;
        var aimed = ActorPhrases.FirstAfter(sentence, against + 9, end);
        return aimed.Length > 0 && !target.Contains(aimed, StringComparison.Ordinal) ? aimed : target;
    }

    /// <summary>The phrase found is a place or a go-between ("in Montenegro", "with the United Nations", "outside the
    /// ministry"), not a direct object or a doer after "by".</summary>
    private static bool AfterPlaceWord(string sentence, int after, string target, Regex placeWord)
    {
        var at = sentence.IndexOf(target, after, StringComparison.Ordinal);
        return at > 0 && placeWord.IsMatch(sentence.AsSpan(after, at - after));
    }

    /// <summary>"northern Israel", "central Iran": a part of a state named by its direction.</summary>
    [GeneratedRegex(@"^(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central) ", RegexOptions.CultureInvariant)]
    private static partial Regex Region();

    [GeneratedRegex(@"\b(?:in|through|across)\s+(?:(?:the|a|an)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InOrAt();

    [GeneratedRegex(@"\b(?:in|at|outside|near|with|inside|into|from)\s+(?:(?:the|a|an)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlaceWordBefore();

    /// <summary>A trigger that names who acted ("Gunmen", "suicide bomber", "kidnappers"): its last word is a plural
    /// agent noun or one of a few singular ones.</summary>
    private static bool IsAgentTrigger(string sentence, int at, int end)
    {
        var last = sentence[at..end].Split(' ')[^1];
        return DoerNoun().IsMatch(last);
    }

    [GeneratedRegex(@"^(?:[a-z]+(?:ors|ers|ists|men)|bomber|gunman|attacker|assailant|kidnapper|sniper|militant)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DoerNoun();

    [GeneratedRegex(@"\b(?:to|with)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ToOrWith();

    [GeneratedRegex(@"^\s+(?:\w+\s+){0,2}?with\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WithNext();

    [GeneratedRegex(@"\b(?:over|about)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OverOrAbout();

    [GeneratedRegex(@"\b(?:unless|if)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unless();

    [GeneratedRegex(@"\bby (?:(?:the|a|an) )?(?:[a-z]+ ){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex AgentBy();

    [GeneratedRegex(@"^(?:withdr|(?:re)?deploy|pull|sen[dt]|dispatch|mov|station|evacuat|rush|ship|position|recall|conscript|recruit)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MovesOwnPeople();

    /// <summary>Who an obligation between <paramref name="from"/> and the modal at <paramref name="at"/> binds: the subject of
    /// the clause after "that" ("that the government and the rebels must"), else the last name before the modal ("a
    /// reminder to Iraq that it must").</summary>
    private static string Obliged(string sentence, int from, int at, List<(int Start, int End)> asides)
    {
        var that = at > from ? sentence.LastIndexOf(" that ", at, at - from, StringComparison.Ordinal) : -1;
        var complement = that >= 0 ? ActorPhrases.Subject(sentence, that + 6, at, asides) : "";
        if (complement.Length == 0 && that < 0) complement = ActorPhrases.Subject(sentence, from, at, asides);
        return complement.Length > 0 && !ActorPhrases.IsReference(sentence, complement) && complement.Any(char.IsUpper) ? complement : ActorPhrases.LastBefore(sentence, from, at);
    }

    /// <summary>The subject phrase of the clause from <paramref name="from"/>: the words before its main verb group when
    /// that comes before <paramref name="to"/>, else before <paramref name="to"/>.</summary>
    private static string SubjectBefore(string sentence, int from, int to, List<(int Start, int End)> asides)
    {
        var verb = MainClause.MainVerb(sentence, from, asides);
        // A trigger that names the actors ("negotiators", "mediators") stands inside the subject, which ends at the verb.
        var agentNoun = AgentNounWord().IsMatch(sentence.AsSpan(to, WordLength(sentence, to)));
        var end = verb is { } v && (v.At < to || agentNoun) ? v.At : to;
        return ActorPhrases.Subject(sentence, from, end, asides);
    }

    /// <summary>The verb after a main verb group's auxiliaries ("has taken" gives "taken").</summary>
    private static int VerbHead(string sentence, int at)
    {
        var m = AuxiliaryRun().Match(sentence, at);
        return m.Success && m.Index == at && at + m.Length < sentence.Length ? at + m.Length : at;
    }

    [GeneratedRegex(@"^[a-z]+(?:ors|ers|ists|men)$")]
    private static partial Regex AgentNounWord();

    [GeneratedRegex(@"\G(?:(?:has|have|had|is|are|was|were|will|would|did|does|do|been|being|not|also)\s+)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuxiliaryRun();

    private static bool IsPronoun(string text) => text.ToLowerInvariant() is "he" or "she" or "it" or "they" or "we" or "i";

    private static int WordLength(string sentence, int at)
    {
        var i = at;
        while (i < sentence.Length && (char.IsLetterOrDigit(sentence[i]) || sentence[i] is '-' or '\'')) i++;
        return Math.Max(1, i - at);
    }

    /// <summary>The main event's trigger: the earliest usable trigger after the opening phrase and outside asides
    /// (<see cref="MainClause"/>); a trigger in the subject ("the aid convoy was seized") gives way to the main verb
    /// group when that is a trigger itself, unless the verb only reports a result ("a car bomb killed nine").</summary>
    private static (string Category, int At, int Length)? MainTrigger(string sentence, int from = -1)
    {
        var opening = MainClause.OpeningEnd(sentence);
        var asides = MainClause.Asides(sentence, opening);
        if (from >= 0) return Earliest(sentence, from, asides);
        var first = Earliest(sentence, opening, asides);
        if (first is not { } f) return null;
        // The clause the trigger stands in: the main clause, or the clause a verb of saying reports ("X said the aid
        // convoy was seized").
        var clause = MainClause.ReportingVerb(sentence, opening, f.At) is { } report ? MainClause.ClauseAfter(sentence, report.End) : opening;
        if (MainClause.MainVerb(sentence, clause, asides) is { Result: false } verb && f.At < verb.At
            && Earliest(sentence, verb.At, asides) is { } main && main.At - verb.At <= 30)
        {
            return main;
        }
        return first;
    }

    /// <summary>The earliest usable trigger at or after <paramref name="from"/>; at one position the longest match,
    /// then the lexicon's order.</summary>
    private static (string Category, int At, int Length)? Earliest(string sentence, int from, List<(int Start, int End)> asides)
    {
        (string Category, int At, int Length, int Rank)? best = null;
        var rank = 0;
        foreach (var (category, regex) in PloverLexicon.Triggers)
        {
            rank++;
            foreach (var m in regex.EnumerateMatches(sentence))
            {
                if (best is { } b && m.Index > b.At) break;
                if (m.Index < from || MainClause.InAside(asides, m.Index) || IsNamePart(sentence, m.Index) || IsCompoundPart(sentence, m.Index, m.Length) || ModifiesAgent(sentence, m.Index + m.Length)) continue;
                if (best is not { } c || m.Index < c.At || (m.Index == c.At && m.Length > c.Length)) best = (category, m.Index, m.Length, rank);
                break;
            }
        }
        return best is { } found ? (found.Category, found.At, found.Length) : null;
    }

    /// <summary>The main clause's verb read with its object (<see cref="CameoPatterns"/>: "amassed troops", "disbursed $700
    /// million", "reopened the border") beats a lexicon trigger elsewhere in the sentence (in an object, a later clause); a
    /// lexicon phrase at the verb itself keeps its hand-checked reading; a passive verb and a verb of saying (whose
    /// reported clause holds the event) are left to the lexicon, and so is a trigger that
    /// is the purpose of the verb's act ("... to investigate").</summary>
    private static (string Category, int At, int Length)? VerbPattern(string sentence, (string Category, int At, int Length)? trigger)
    {
        var opening = MainClause.OpeningEnd(sentence);
        var asides = MainClause.Asides(sentence, opening);
        if (MainClause.MainVerb(sentence, opening, asides) is not { } verb) return trigger;
        if (trigger is { } t0 && MainClause.ReportingVerb(sentence, opening, t0.At) is not null) return trigger;
        var head = VerbHead(sentence, verb.At);
        if (trigger is { } t && t.At == head) return trigger;
        if (MainClause.IsPassive(sentence, head)) return trigger;
        if (CameoPatterns.Match(sentence, head) is not { } found) return trigger;
        // "sent 21 military personnel to Bosnia to investigate ...": an act done in order to do another is coded by its purpose.
        if (trigger is { } p && p.At > found.At + found.Length && sentence.AsSpan(0, p.At).EndsWith("to ", StringComparison.Ordinal)
            && sentence.AsSpan(found.At, p.At - found.At).IndexOfAny(',', ';') < 0) return trigger;
        return found;
    }

    /// <summary>When no phrase of the lexicon occurs: the earliest verb of the CAMEO verb dictionary outside the
    /// opening phrase (<see cref="CameoVerbs"/>).</summary>
    private static (string Category, int At, int Length)? FallbackTrigger(string sentence)
    {
        return CameoVerbs.Earliest(sentence, MainClause.OpeningEnd(sentence));
    }

    /// <summary>The category after the trigger's frame: an intent word ("pledged to") takes the act it introduces;
    /// intent, possibility and negation just before the trigger shift it.</summary>
    private static string Framed(string sentence, string category, int at, int length)
    {
        if (category == "AGREE" && IntentWord().IsMatch(sentence.AsSpan(at, length).ToString()))
        {
            var next = MainTrigger(sentence, at + length);
            return next is { } n && n.At - (at + length) <= 40 && PloverLexicon.Coercive.Contains(ViolenceMeans.Category(sentence, n)) ? "THREATEN" : "AGREE";
        }
        var before = sentence[Math.Max(0, at - 60)..at];
        if (Negation().IsMatch(before) && (PloverLexicon.Conciliatory.Contains(category) || category == "AGREE")) return "REJECT";
        if (Intent().IsMatch(before))
        {
            if (PloverLexicon.Coercive.Contains(category)) return IsAnnouncedDecision(sentence, at) ? category : "THREATEN";
            // "will withdraw its force from Chad unless ...": a conciliatory act's withdrawal held over a condition is a threat (CAMEO 13).
            if (PloverLexicon.Conciliatory.Contains(category)) return sentence.AsSpan(at).Contains(" unless ", StringComparison.OrdinalIgnoreCase) ? "THREATEN" : "AGREE";
        }
        if (Possibility().IsMatch(before) && PloverLexicon.Coercive.Contains(category)) return "THREATEN";
        return category;
    }

    /// <summary>"X announced it would prohibit aid": a decision announced without a condition is the act itself (CAMEO codes
    /// the announced measure), where "said it would impose ... if the raids continue" is a threat.</summary>
    private static bool IsAnnouncedDecision(string sentence, int at) =>
        Announced().IsMatch(sentence.AsSpan(0, at)) && !Condition().IsMatch(sentence.AsSpan(at));

    [GeneratedRegex(@"\b(?:announced|announces|decided|decides|ordered|orders)\b", Options)]
    private static partial Regex Announced();

    [GeneratedRegex(@"\b(?:if|unless|until|or face|otherwise)\b", Options)]
    private static partial Regex Condition();

    /// <summary>A capitalised word inside the sentence belongs to a name ("Asia-Pacific Economic Cooperation").</summary>
    private static bool IsNamePart(string sentence, int at) =>
        char.IsUpper(sentence[at]) && sentence.AsSpan(0, at).IndexOfAnyInRange('a', 'z') >= 0;

    /// <summary>"aid workers", "protest leaders", "relief agencies": a trigger right before an agent noun names who
    /// someone is, not what happened.</summary>
    private static bool ModifiesAgent(string sentence, int end) => AgentNoun().IsMatch(sentence.AsSpan(end));

    [GeneratedRegex(@"^ (?:workers?|officials?|leaders?|groups?|agenc(?:y|ies)|organi[sz]ations?|organi[sz]ers?|activists?|campaigners?|agents?|staff|personnel|volunteers?|officers?|teams?|experts?|chiefs?|coordinators?|envoys?|negotiators?)\b", Options)]
    private static partial Regex AgentNoun();

    /// <summary>"Israeli-occupied", "free-trade": a trigger joined by a hyphen to another word is a modifier.</summary>
    private static bool IsCompoundPart(string sentence, int at, int length) =>
        (at > 0 && sentence[at - 1] == '-') || (at + length < sentence.Length && sentence[at + length] == '-' && at + length + 1 < sentence.Length && char.IsLetter(sentence[at + length + 1]));
}
