using System.Text.RegularExpressions;

namespace ActorGraph.Reading.Plover;

/// <summary>A shallow, rule-based view of a sentence's main clause for <see cref="PloverClassifier"/>, without a parser:
/// the opening phrase or subordinate clause before the subject ("Two days after the bombing, ...", "When the talks
/// collapsed, ..."), the asides between commas that describe an actor rather than say what it did (", which had
/// criticised the raid,", ", accused of corruption by the opposition,"), the main verb group after the subject, a
/// passive trigger ("was seized by X") and the reporting verb that frames a reported clause ("X said (that) ...").
/// Every method is O(sentence length).</summary>
internal static partial class MainClause
{
    /// <summary>An opening adverbial or subordinate clause up to its comma: a preposition ("In a letter to X,"), a time
    /// before "after/before" ("Two days after the bombing,"), or a subordinating conjunction ("When the talks collapsed,").</summary>
    [GeneratedRegex(@"^\W*(?:(?:in|under|after|following|despite|amid|with|according to|on|during|before|since|as|when|while|although|though|because|if|once|unlike)\b|(?:(?:[\w-]+ ){0,2}(?:days?|hours?|weeks?|months?|years?|minutes?|moments?)|shortly|soon|just|only|immediately|hours|days) (?:after|before|following)\b)[^,]{0,120},", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Opening();

    /// <summary>", which ... ,", ", who ... ,", ", accused of ... ,", ", backed by ... ,": an aside that describes the actor
    /// before it. It ends at the next comma (or a dash); an aside that runs to the end of the sentence is left alone.</summary>
    [GeneratedRegex(@",\s*(?:which|who|whom|whose|where|themselves|itself|(?:[a-z]+ly )?[a-z]+(?:ed|en) (?:by|of|for|with|in|over|to|from|after)|long|once|still|now|already)\b[^,;—–]{1,160}[,—–]", RegexOptions.CultureInvariant)]
    private static partial Regex Aside();

    [GeneratedRegex(@"[A-Za-z][A-Za-z'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>Passive voice just before a trigger: "was", "were", "has been", "is being" with at most one adverb.</summary>
    [GeneratedRegex(@"\b(?:was|were|is|are|been|being|be|got)\s+(?:[a-z]+ly\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PassiveAuxiliary();

    [GeneratedRegex(@"\G(?:\w+(?:ed|en)|met|fought|sought|held|took|struck|shot|hit|put|cut|shut|sent|seized|freed|beaten|driven|thrown|blown|broken|frozen|withdrawn|overrun|laid|led|kept|set|let|caught|told|made|found|paid|won|lost)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Participle();

    /// <summary>A verb of saying that frames a reported clause: "said", "announced", "told reporters".</summary>
    [GeneratedRegex(@"\b(?:said|says|say|announced|announces|declared|declares|stated|states|reported|reports|told \w+|added|adds|confirmed|confirms|reiterated|reiterates|concluded|claimed|claims|asserted|maintained|noted|argued|quoted as saying|was quoted as saying)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reporting();

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "may", "might", "shall", "should", "must", "did", "does", "do",
    };

    private static readonly HashSet<string> IrregularPast = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "met", "fought", "sought", "began", "gave", "sent", "held", "took", "left", "struck", "told", "made", "won", "lost", "threw", "blew",
        "drove", "broke", "froze", "withdrew", "fled", "led", "brought", "kept", "put", "shot", "hit", "stood", "spoke", "rose", "fell", "ran", "came",
        "went", "saw", "found", "paid", "laid", "built", "beat", "overran", "shut", "cut", "set", "let", "swore", "stole", "sold", "bought", "says",
    };

    /// <summary>Words after which an "-ed" word is an adjective or a participle inside a noun phrase ("the armed forces",
    /// "thousands of displaced people"), not the main verb.</summary>
    private static readonly HashSet<string> NounPhraseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those", "of", "in", "on", "for", "with", "by", "from",
        "to", "at", "and", "or", "some", "many", "several", "two", "three", "heavily", "newly", "so-called", "self-proclaimed", "well", "most",
    };

    /// <summary>Verbs that report what an act caused ("a car bomb killed nine", "shelling wounded"): with them the act is
    /// the subject noun, which stays the trigger.</summary>
    private static readonly HashSet<string> ResultVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "killed", "kill", "kills", "killing", "wounded", "wounds", "injured", "injures", "left", "leaves", "claimed", "claims", "destroyed",
        "destroys", "damaged", "damages", "forced", "forces", "displaced", "sparked", "triggered", "caused", "prompted", "led",
    };

    /// <summary>The end of the opening phrase or clause, 0 when the sentence opens with its subject.</summary>
    public static int OpeningEnd(string sentence)
    {
        var m = Opening().Match(sentence);
        return m.Success ? m.Length : 0;
    }

    /// <summary>The asides (start and end offsets) after <paramref name="from"/>.</summary>
    public static List<(int Start, int End)> Asides(string sentence, int from)
    {
        var asides = new List<(int, int)>();
        foreach (Match m in Aside().Matches(sentence))
        {
            if (m.Index >= from) asides.Add((m.Index, m.Index + m.Length));
        }
        return asides;
    }

    public static bool InAside(List<(int Start, int End)> asides, int at)
    {
        foreach (var (start, end) in asides)
        {
            if (at >= start && at < end) return true;
        }
        return false;
    }

    /// <summary>The main verb group after the subject: the first auxiliary, or past form not inside a noun phrase and not
    /// a reduced passive ("backed by"), or the "-s" form of a verb after a name ("Iran threatens"); outside asides and
    /// within the first 14 words. Returns its offset and whether it only reports a result ("killed"), or null.</summary>
    public static (int At, bool Result)? MainVerb(string sentence, int from, List<(int Start, int End)> asides)
    {
        var words = Word().Matches(sentence, from);
        string? previous = null;
        var count = 0;
        for (var i = 0; i < words.Count && count < 14; i++)
        {
            var w = words[i];
            if (InAside(asides, w.Index)) continue;
            count++;
            var text = w.Value;
            var next = i + 1 < words.Count ? words[i + 1].Value : "";
            var lowerStart = char.IsLower(text[0]);
            var isVerb = lowerStart && !text.Contains('-') && text is not ("hundred" or "red" or "bed") && (Auxiliaries.Contains(text)
                || ((text.EndsWith("ed", StringComparison.Ordinal) || IrregularPast.Contains(text))
                    && (previous is null || !NounPhraseWords.Contains(previous)) && !next.Equals("by", StringComparison.OrdinalIgnoreCase))
                || (text.EndsWith('s') && previous is { Length: > 0 } p && char.IsUpper(p[0]) && next is "to" or "the" or "a" or "an" or "that" or "it" or "its"));
            if (isVerb)
            {
                var result = ResultVerbs.Contains(text);
                if (Auxiliaries.Contains(text))
                {
                    // The verb after the auxiliaries decides whether the group reports a result: "have killed".
                    for (var j = i + 1; j < words.Count && j <= i + 3; j++)
                    {
                        if (Auxiliaries.Contains(words[j].Value) || words[j].Value is "been" or "being" or "not" or "also" || words[j].Value.EndsWith("ly", StringComparison.Ordinal)) continue;
                        result = ResultVerbs.Contains(words[j].Value);
                        break;
                    }
                }
                return (w.Index, result);
            }
            previous = text;
        }
        return null;
    }

    /// <summary>Whether the trigger at <paramref name="at"/> is a passive participle ("was seized"); a participle before
    /// "to" is a state, not a passive ("is opposed to", "is prepared to"), unless an agent follows in the clause ("was
    /// sentenced to ten years by a military court").</summary>
    public static bool IsPassive(string sentence, int at) =>
        PassiveAuxiliary().IsMatch(sentence.AsSpan(Math.Max(0, at - 30), Math.Min(30, at))) && Participle().Match(sentence, at) is { Success: true } m
        && (!sentence.AsSpan(m.Index + m.Length).StartsWith(" to ", StringComparison.Ordinal) || AgentInClause(sentence, m.Index + m.Length));

    /// <summary>" by " within 60 characters after <paramref name="end"/>, before a comma or semicolon.</summary>
    private static bool AgentInClause(string sentence, int end)
    {
        var rest = sentence.AsSpan(end, Math.Min(60, sentence.Length - end));
        var stop = rest.IndexOfAny(',', ';');
        var by = rest.IndexOf(" by ", StringComparison.Ordinal);
        return by >= 0 && (stop < 0 || by < stop);
    }

    /// <summary>The offset of " by " introducing the agent of a passive trigger ending at <paramref name="end"/>, or -1.</summary>
    public static int PassiveAgent(string sentence, int end)
    {
        var by = sentence.IndexOf(" by ", end, StringComparison.OrdinalIgnoreCase);
        return by >= 0 && by - end <= 150 ? by + 4 : -1;
    }

    /// <summary>The last verb of saying before <paramref name="before"/> and after <paramref name="from"/>: its offset and
    /// end, or null.</summary>
    public static (int At, int End)? ReportingVerb(string sentence, int from, int before)
    {
        (int, int)? found = null;
        foreach (Match m in Reporting().Matches(sentence[..before], from))
        {
            // "States", "Reports": a capitalised word belongs to a name, not to a verb of saying.
            if (char.IsLower(sentence[m.Index])) found = (m.Index, m.Index + m.Length);
        }
        return found;
    }

    /// <summary>Whether the verb of saying at <paramref name="report"/> opens a reported clause: always after "that";
    /// without it only after verbs that take a bare clause ("said the convoy was seized"), not after "declared a state of
    /// siege" or "announced a ban".</summary>
    public static bool OpensClause(string sentence, (int At, int End) report)
    {
        var start = ClauseAfter(sentence, report.End);
        if (sentence.AsSpan(report.End, start - report.End).TrimEnd().EndsWith("that", StringComparison.OrdinalIgnoreCase)) return true;
        var verb = sentence[report.At..report.End].Split(' ')[0].ToLowerInvariant();
        return verb is "said" or "says" or "say" or "told" or "reported" or "reports" or "added" or "adds" or "claimed" or "claims" or "quoted" or "was";
    }

    /// <summary>Where the clause reported after a verb of saying ending at <paramref name="end"/> begins: after a time
    /// ("on Tuesday", "yesterday") and "that".</summary>
    public static int ClauseAfter(string sentence, int end)
    {
        var m = ReportedClauseStart().Match(sentence, end);
        return m.Success ? m.Index + m.Length : end;
    }

    [GeneratedRegex(@"\G(?:\s*,)?(?:\s+(?:on|last|this|late|early)?\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|week|night|morning|evening|afternoon))*(?:\s*,)?(?:\s+that)?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportedClauseStart();

    public static bool IsResultVerb(string word) => ResultVerbs.Contains(word);
}
