using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>Finds the arguments of a trigger among a sentence's mentions: the subject (nearest actor on the
/// left in the same clause, with the list it heads: "Egypt, Qatar, and Turkey"), the object (nearest on
/// the right), the pair of "between X and Y", and the agent of a passive ("brokered by X").</summary>
internal static class Arguments
{
    private static readonly HashSet<string> ListGlue = new(StringComparer.Ordinal) { ",", "and", "or", "including", "as", "well", "such", "both", "former", "the", "also", "(", ")" };
    private static readonly HashSet<string> ClauseBreak = new(StringComparer.Ordinal) { ";", ":", "—", "–", "(", ")" };
    private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal) { "which", "who", "while", "but", "although", "though", "whereas", "whose", "where", "when", "after", "before" };

    /// <summary>First token of the clause holding <paramref name="trigger"/>.</summary>
    public static int ClauseStart(SentenceContext s, int trigger)
    {
        for (var k = trigger - 1; k >= 0; k--)
        {
            // "the National Liberation Army (ELN) agreed": a bracketed acronym does not break the clause.
            if (s.KeyAt(k) == ")" && s.KeyAt(k - 2) == "(") { k -= 2; continue; }
            // "(SPLM/A)", "(FDLR-FOCA)": an acronym written in several tokens.
            if (s.KeyAt(k) == ")" && s.KeyAt(k - 2) != "-" && BracketedAcronym.OpenBefore(s, k) is { } open) { k = open; continue; }
            if (s.Asides.Count > 0 && s.Asides.FirstOrDefault(a => a.Last == k) is { Last: > 0 } aside) { k = aside.First; continue; }
            if (ClauseBreak.Contains(s.KeyAt(k))) return k + 1;
        }
        return 0;
    }

    /// <summary>Token after the last of the clause holding <paramref name="trigger"/>.</summary>
    public static int ClauseEnd(SentenceContext s, int trigger)
    {
        for (var k = trigger + 1; k < s.Tokens.Count; k++)
        {
            if (s.KeyAt(k) == "(" && s.KeyAt(k + 2) == ")") { k += 2; continue; }
            if (s.KeyAt(k) == "(" && BracketedAcronym.CloseAfter(s, k) is { } close) { k = close; continue; }
            if (ClauseBreak.Contains(s.KeyAt(k)) || (s.KeyAt(k) == "," && Subordinators.Contains(s.KeyAt(k + 1)))) return k;
            // ", and representatives ... met": a new clause, unless an actor follows (a list: "Egypt, Qatar, and Turkey").
            if (s.KeyAt(k) == "," && s.KeyAt(k + 1) is "and" or "but" or "while" or "so" &&
                !s.Mentions.Any(m => m.First == k + 2 || (m.First == k + 3 && s.KeyAt(k + 2) == "the"))) return k;
        }
        return s.Tokens.Count;
    }

    /// <summary>The subject list: the nearest argument mention left of the trigger (outside ", which ...,"
    /// asides), then the mentions it is listed with.</summary>
    public static List<Mention> Subject(SentenceContext s, int trigger)
    {
        // "We, ..., having met in X": a participle's subject is the sentence's first actor.
        if (s.KeyAt(trigger - 1) == "having" && s.Mentions.Where(m => m.IsArgument).MinBy(m => m.First) is { } main && main.Last < trigger) return [main];
        var start = ClauseStart(s, trigger);
        var candidates = s.Mentions.Where(m => m.IsArgument && !Scenery(m) && m.Last < trigger && m.First >= start).OrderBy(m => m.First).ToList();
        // "We met ... with the facilitation of the UAE and concluded negotiations": a second coordinated verb shares
        // the clause's first subject, not the nearest actor (which sits in a phrase of the first verb).
        // "The United States reaffirms its support for Guyana's sovereignty and calls on Venezuela": the same with "and" right
        // before the trigger verb, unless a relative clause opens between ("Cuba, which hosted and facilitated the talks").
        if ((s.KeyAt(trigger - 1) == "and" && s.Mentions.All(m => m.Last != trigger - 2) && !Enumerable.Range(start, Math.Max(0, trigger - start)).Any(k => Subordinators.Contains(s.KeyAt(k)))
             || s.KeyAt(trigger - 2) == "and" && s.KeyAt(trigger - 1).EndsWith("ed", StringComparison.Ordinal)) && candidates.Count > 1
            && candidates[0].First <= start + 2)
            candidates = candidates.Where(m => m.First <= FirstVerbAfter(s, candidates[0])).ToList();
        // Skip mentions inside a relative clause that closes before the trigger: "The delegation, which included X, engaged".
        candidates = candidates.Where(m => !InsideAside(s, m, trigger)).ToList();
        if (candidates.Where(m => !InsideAside(s, m, trigger, participles: true)).ToList() is { Count: > 0 } outside) candidates = outside;
        // "Hochstein, a senior adviser to President Biden, carried drafts": the description's actors are not the subject.
        if (candidates.Where(m => !AppositiveDescription.Holds(s, m, trigger)).ToList() is { Count: > 0 } described) candidates = described;
        if (candidates.Count == 0 || UnresolvedPronounSubject(s, candidates[^1].Last, trigger)) return [];
        var head = candidates[^1];
        var list = new List<Mention> { head };
        for (var i = candidates.Count - 2; i >= 0; i--)
        {
            if (!OnlyGlue(s, candidates[i].Last + 1, list[^1].First - 1) && !LeadersOfGlue(s, candidates[i], list[^1].First - 1)) break;
            list.Add(candidates[i]);
        }
        list.Reverse();
        return list;
    }

    /// <summary>"we have urged X to ..., and we have called on Y": a speaker's pronoun no mention resolved stands just before
    /// the trigger (auxiliaries between), after the nearest actor: the verb's subject is that unknown speaker, not the
    /// actor before (an object of the clause before).</summary>
    private static bool UnresolvedPronounSubject(SentenceContext s, int afterCandidate, int trigger)
    {
        var k = trigger - 1;
        while (k > afterCandidate && Auxiliaries.Contains(s.KeyAt(k))) k--;
        return k > afterCandidate && Pronouns.Contains(s.KeyAt(k)) && !s.Mentions.Any(m => m.First <= k && k <= m.Last);
    }

    /// <summary>The speaker's own pronouns: "they", "he" and "she" mostly continue the sentence's subject ("The Russians were
    /// adamant that they would not pay"), so they are left to the actor before.</summary>
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "we", "i" };
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "have", "has", "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "also", "then", "again", "already", "repeatedly", "once", "did", "do", "not", "never",
    };

    /// <summary>The first token after the subject that is not list glue or another actor (the first verb, roughly).</summary>
    private static int FirstVerbAfter(SentenceContext s, Mention first)
    {
        var k = first.Last + 1;
        while (k < s.Tokens.Count && (ListGlue.Contains(s.KeyAt(k)) || s.Mentions.Any(m => m.First <= k && k <= m.Last))) k++;
        return k;
    }

    /// <summary>The object list: the nearest argument mention right of the trigger (within
    /// <paramref name="reach"/> tokens, same clause), then the mentions listed with it.</summary>
    public static List<Mention> Object(SentenceContext s, int triggerLast, int reach = 12)
    {
        var end = RelativeAside.End(s, triggerLast) ?? ClauseEnd(s, triggerLast);
        var candidates = s.Mentions.Where(m => m.IsArgument && !Scenery(m) && m.First > triggerLast && m.First < end).OrderBy(m => m.First).ToList();
        if (candidates.Count == 0 || candidates[0].First - triggerLast > reach) return [];
        // "condemned the accords, and the Arab League suspended": after ", and" the first actor opens a new clause.
        for (var k = triggerLast + 1; k < candidates[0].First - 1; k++)
            if (s.KeyAt(k) == "," && s.KeyAt(k + 1) is "and" or "but" or "while") return [];
        var list = new List<Mention> { candidates[0] };
        var last = candidates[0].Last;
        for (var i = 1; i < candidates.Count; i++)
        {
            // "the army, led by General X, and the paramilitary force": the leader's aside is not a list item.
            if (candidates[i].Rule == "led-by" && candidates[i].First - last <= 4) { last = candidates[i].Last; continue; }
            if (!OnlyGlue(s, last + 1, candidates[i].First - 1)) break;
            list.Add(candidates[i]);
            last = candidates[i].Last;
        }
        return list;
    }

    /// <summary>"between X and Y" within a few tokens after the trigger.</summary>
    public static (DocActor A, DocActor B)? Between(SentenceContext s, int triggerLast, int reach = 8)
    {
        for (var k = triggerLast; k < Math.Min(s.Tokens.Count, triggerLast + reach); k++)
        {
            if (s.KeyAt(k) != "between") continue;
            var after = Object(s, k, 6);
            var actors = after.SelectMany(m => m.Actors).Distinct().ToList();
            if (actors.Count >= 2) return (actors[0], actors[1]);
            if (after.Count == 1 && BetweenAppositive.Pair(s, after[0]) is { } described) return described;
        }
        return null;
    }

    /// <summary>The agent of a passive: "by X" right after the trigger ("brokered in part by X").</summary>
    public static List<Mention> Agent(SentenceContext s, int triggerLast)
    {
        for (var k = triggerLast + 1; k < Math.Min(s.Tokens.Count, triggerLast + 4); k++)
        {
            if (s.KeyAt(k) == "by") return Object(s, k, 8);
        }
        return [];
    }

    /// <summary>All actors of a list of mentions, in order, without repeats.</summary>
    public static List<DocActor> Actors(IEnumerable<Mention> mentions) => mentions.SelectMany(m => m.Actors).Distinct().ToList();

    // Places and populations are where and to whom things happen; they are not subjects or objects here.
    private static bool Scenery(Mention m) => m.Actors.All(a => a.Kind is Core.Model.ActorKind.Territory or Core.Model.ActorKind.Population && !Recognition.DeFactoAuthorities.Acts(a));

    private static readonly HashSet<string> LeaderNouns = new(StringComparer.Ordinal) { "leader", "leaders", "head", "heads", "chairman", "chairmen" };
    private static readonly HashSet<string> FactionWords = new(StringComparer.Ordinal)
    {
        "the", "of", "two", "three", "both", "rival", "faction", "factions", "wing", "wings", "its", "their",
    };

    /// <summary>"President NAME of BODY and the leaders (of the two factions) of OTHER signed": a titled person who heads a body,
    /// then "and the leader(s) of" another body, is a list of the two sides (the person stands for the body he leads, see
    /// <see cref="RuleEngine"/>). Only after a person who leads a body: "the talks and the leaders of X" is no list.</summary>
    private static bool LeadersOfGlue(SentenceContext s, Mention before, int to)
    {
        var from = before.Last + 1;
        if (!before.Actors.Any(a => a.Kind == Core.Model.ActorKind.Person && a.Office is { Role: Lexicon.RoleKind.Leads })) return false;
        if (s.KeyAt(from) != "and" || s.KeyAt(from + 1) != "the" || !LeaderNouns.Contains(s.KeyAt(from + 2)) || s.KeyAt(from + 3) != "of") return false;
        if (to - from > 9) return false;
        for (var k = from + 4; k <= to; k++)
            if (!FactionWords.Contains(s.KeyAt(k))) return false;
        return s.KeyAt(to) is "of" or "the";
    }

    private static bool OnlyGlue(SentenceContext s, int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            if (s.KeyAt(k) == "(" && ShortAside(s, k, to) is { } close) { k = close; continue; }
            if (s.Asides.Count > 0 && s.Asides.FirstOrDefault(a => a.First == k) is { Last: > 0 } aside) { k = aside.Last; continue; }
            if (!ListGlue.Contains(s.KeyAt(k))) return false;
        }
        return true;
    }

    // "the Government of X (GoX) and Y": a short bracket after a list item (its acronym) is part of the glue.
    private static int? ShortAside(SentenceContext s, int open, int to)
    {
        for (var k = open + 1; k <= Math.Min(to, open + 3); k++)
        {
            if (s.KeyAt(k) == ")") return k > open + 1 ? k : null;
        }
        return null;
    }

    /// <summary>Participles opening an aside: "Zuma, acting for the Regional Peace Initiative chaired by Museveni, mediated",
    /// "X, backed by Y, mediated". Skipped only when an actor is left before the aside. Not "led by": "The Chairperson commends the
    /// mediation team, led by Algeria, for its efforts during negotiations" must not make the Chairperson negotiate.</summary>
    private static readonly HashSet<string> Participles = new(StringComparer.Ordinal)
    {
        "acting", "chaired", "backed", "supported", "accompanied", "representing", "flanked",
    };

    private static bool InsideAside(SentenceContext s, Mention m, int trigger, bool participles = false)
    {
        // A comma-delimited aside opened by "which"/"who" (or a participle) and closed before the trigger.
        for (var k = m.First - 1; k >= 0; k--)
        {
            if (s.KeyAt(k) == "," && (s.KeyAt(k + 1) is "which" or "who" or "whose" or "including" || participles && Participles.Contains(s.KeyAt(k + 1))))
            {
                for (var j = m.Last + 1; j < trigger; j++)
                {
                    if (s.KeyAt(j) == ",") return true;
                }
                return false;
            }
            if (s.KeyAt(k) == ",") return false;
        }
        return false;
    }
}
