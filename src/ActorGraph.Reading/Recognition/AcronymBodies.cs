using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>A body the report defines by its full name and its acronym in brackets, as official and UN texts do:
/// "the Sudan People's Liberation Movement-in-Opposition (SPLM-IO)", "the United Nations Mission in South Sudan
/// (UNMISS)". The capitalised phrase (with "of", "in", "on", "for", "and", "the", "'s" and hyphens inside) must end in
/// a capitalised word right before the bracket, and the acronym's letters must be the initials of its words in order,
/// beginning with the first, so that "talks in Doha (Qatar)" or "the Houthis (Ansar Allah)" are not read. A phrase the
/// tables know whole is left to them; a phrase beginning with a known organisation is part of it ("United Nations
/// Mission ..." part-of the UN). Without this, a known name at its start ("Sudan") would be read alone and the acronym
/// would be taken for an alias of the wrong actor. One word of the phrase must be a body's head noun.</summary>
internal static class AcronymBodies
{
    private static readonly HashSet<string> Inner = new(StringComparer.Ordinal)
    {
        "of", "in", "on", "for", "and", "the", "'s", "-", "&", "/",
        // Spanish, Portuguese and French names kept in the original ("Frente ... para la Liberación Nacional (FMLN)").
        "para", "por", "la", "las", "los", "del", "de", "y", "pour", "le", "les", "des", "du", "et", "da", "do", "dos", "das", "e",
    };

    /// <summary>Words of a liberation or rebel body's name: such a body is an armed group.</summary>
    private static readonly HashSet<string> ArmedWords = new(StringComparer.Ordinal)
    {
        "army", "front", "forces", "militia", "brigade", "brigades", "liberation", "rebel", "revolutionary", "resistance", "opposition",
        "frente", "ejército", "ejercito", "fuerzas", "liberación", "liberacion", "libération", "revolucionaria", "revolucionario", "révolutionnaire",
    };

    private const int MaxWords = 12;

    /// <summary>A body's head nouns: one must be in the phrase ("Terms of Reference (TOR)" is a document).</summary>
    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal)
    {
        "movement", "mission", "mechanism", "council", "commission", "committee", "group", "front", "army", "forces", "force",
        "militia", "brigade", "brigades", "organisation", "organization", "authority", "agency", "office", "union", "party",
        "coalition", "alliance", "league", "assembly", "team", "network", "bank", "fund", "programme", "program", "court",
        "ministry", "department", "service", "institute", "centre", "center", "conference", "community", "board", "unit",
        "government", "platform", "opposition", "movements", "coordination", "panel",
        "frente", "movimiento", "movimento", "partido", "unidad", "ejército", "ejercito", "fuerzas", "mouvement", "rassemblement", "conseil", "união",
    };

    public static int? TryResolve(SentenceContext s, int i)
    {
        var tokens = s.Tokens;
        if (!IsNameWord(s, i) || s.KeyAt(i) == "the" || (IsNameWord(s, i - 1) && s.KeyAt(i - 1) != "the")) return null;
        var k = i;
        while (k < tokens.Count && k - i < MaxWords && (IsNameWord(s, k) || (Inner.Contains(s.KeyAt(k)) && k > i))) k++;
        var last = k - 1;
        while (last > i && !IsNameWord(s, last)) last--;
        if (last <= i || s.KeyAt(last + 1) != "(") return null;
        // "Jean-Pierre Bemba's Movement for the Liberation of Congo (MLC)": the person's possessive is no part of the name.
        if (Enumerable.Range(i, last - i).Any(x => s.KeyAt(x) == "'s" && LeaderPossessiveBodies.PersonNameBefore(s, i, x))) return null;
        var close = last + 2;
        while (close < tokens.Count && close - last <= 5 && s.KeyAt(close) != ")") close++;
        if (s.KeyAt(close) != ")" || close == last + 2) return null;
        var acronym = s.Span(last + 2, close - 1);
        var letters = acronym.Where(char.IsLetter).ToArray();
        if (letters.Length < 2 || acronym.Any(c => char.IsWhiteSpace(c) || char.IsLower(c))) return null;
        var known = s.Lexicon.Match(tokens, i, s.Text);
        // "the United Nations Operation in X (UNOX)": an operation an organisation runs is a body of it.
        var headed = Enumerable.Range(i, last - i + 1).Any(x => Heads.Contains(s.KeyAt(x)))
            || known is { Entry.Actor.Kind: ActorKind.Organisation } && Enumerable.Range(i, last - i + 1).Any(x => s.KeyAt(x) == "operation");
        if (!headed && !Headless(s, i, last, letters)) return null;
        if (!InitialsMatch(s, i, last, letters) && !TranslatedAcronym(s, i, last, letters)) return null;
        if (known is { } whole && i + whole.Length - 1 >= last) return null;
        if (s.Lexicon.Match(tokens, last + 2, s.Text) is not null) return null;

        var name = s.Span(i, last);
        var head = s.KeyAt(last);
        // A liberation, rebel or opposition movement is an armed group, as are armies, fronts, forces and militias.
        var armed = Enumerable.Range(i, last - i + 1).Any(x => ArmedWords.Contains(s.KeyAt(x)))
            || !headed && Enumerable.Range(Math.Max(0, i - 8), Math.Min(8, i)).Any(x => s.KeyAt(x) is "rebels" or "rebel" or "insurgents" or "guerrillas" or "armed");
        // "the Government of National Accord (GNA)": a government the tables do not know.
        var kind = s.KeyAt(i) == "government" || head == "government" ? ActorKind.Government : armed ? ActorKind.ArmedGroup : ActorKind.Organisation;
        // "the Government of the Democratic Socialist Republic of X (GOX)": the known state's government, with both aliases.
        if (kind == ActorKind.Government && s.KeyAt(i) == "government" && StateAtEnd(s, i, last) is { } state)
        {
            var government = MentionFinder.Government(s, state);
            s.Actors.AddAlias(government, name);
            s.Actors.AddAlias(government, acronym);
            s.Add(government, i, close, MentionRole.Actor, "government-of");
            return close + 1;
        }
        var body = s.Actors.GetOrCreate(name, kind, null, s.Where, "acronym-body");
        s.Actors.AddAlias(body, acronym);
        body.Description ??= $"{name} ({acronym}), a body the report defines and ActorGraph's tables do not hold: check it.";
        // "... for the Liberation of Angola (MPLA)": a movement of a state the tables know belongs to that state's country.
        if (StateOfMovement(s, i, last) is { } stateAt && s.Lexicon.Match(tokens, stateAt, s.Text) is { } ofState) body.Country ??= ofState.Entry.Actor.Country;
        body.Confidence = Math.Min(body.Confidence, 0.7);
        if (known is { Entry.Actor.Kind: ActorKind.Organisation } parent)
            s.PartOf(body, s.Actors.FromTemplate(parent.Entry.Actor, s.Where, "lexicon"), "acronym-body", i, last);
        s.Add(body, i, last, MentionRole.Actor, "acronym-body");
        s.Discourse.LastGroup = body;
        return close + 1;
    }

    /// <summary>The state the tables know that ends the phrase [<paramref name="i"/>, <paramref name="last"/>] after "of" (and
    /// "the"): "Government of the Republic of X" gives X; null otherwise.</summary>
    private static DocActor? StateAtEnd(SentenceContext s, int i, int last)
    {
        for (var j = i + 2; j <= last; j++)
        {
            if (s.KeyAt(j - 1) is not ("of" or "the") || s.Lexicon.Match(s.Tokens, j, s.Text) is not { Entry.Actor.Kind: ActorKind.State } m) continue;
            if (j + m.Length - 1 == last) return s.Actors.FromTemplate(m.Entry.Actor, s.Where, "lexicon");
        }
        return null;
    }

    /// <summary>Words that make a defined phrase a document, a plan or a programme rather than a body.</summary>
    private static readonly HashSet<string> NotBodies = new(StringComparer.Ordinal)
    {
        "agreement", "accord", "accords", "plan", "declaration", "protocol", "treaty", "framework", "resolution", "roadmap", "principles",
        "understanding", "initiative", "process", "act", "law", "zone", "area", "deal", "charter", "convention", "strategy", "report",
        "product", "rights", "goals", "system", "operation", "disease", "syndrome", "weapons", "index", "code", "standard", "regulation",
    };

    /// <summary>A body defined with no head noun ("the Liberians United for Reconciliation and Democracy (LURD)"): four letters
    /// or more, each the initial of one capitalised word in order and no capitalised word left over, and no document word.</summary>
    private static bool Headless(SentenceContext s, int first, int last, char[] letters)
    {
        if (letters.Length < 4 || Enumerable.Range(first, last - first + 1).Any(k => NotBodies.Contains(s.KeyAt(k)))) return false;
        var capitals = Enumerable.Range(first, last - first + 1).Where(k => IsNameWord(s, k)).Select(k => char.ToUpperInvariant(s.Tokens[k].Text[0]));
        return capitals.SequenceEqual(letters.Select(char.ToUpperInvariant));
    }

    /// <summary>The acronym's letters are, in order, initials of the phrase's words (or of the parts of a hyphenated
    /// word), the first letter that of the first word.</summary>
    private static bool InitialsMatch(SentenceContext s, int first, int last, char[] letters)
    {
        var initials = Enumerable.Range(first, last - first + 1).Select(k => s.Tokens[k].Text)
            .Where(t => t.Length > 0 && char.IsLetter(t[0]) && t != "'s").Select(t => char.ToUpperInvariant(Initial(t))).ToList();
        if (initials.Count < 2 || initials[0] != char.ToUpperInvariant(letters[0])) return false;
        var at = 1;
        foreach (var c in letters.Skip(1).Select(char.ToUpperInvariant))
        {
            while (at < initials.Count && initials[at] != c) at++;
            if (at == initials.Count) return false;
            at++;
        }
        return true;
    }

    /// <summary>An acronym of the name in its own language ("Union for National Progress (UPRONA)", "Front for Democracy in
    /// Burundi (FRODEBU)", "Coordination of Azawad Movements (CMA)"): three letters or more, either all of them initials of
    /// the phrase's words in any order, or the first that of the first word and every letter found in the phrase. Not for a government ("Government of the Republic of X (GOSL)" is the state's,
    /// left to the tables).</summary>
    private static bool TranslatedAcronym(SentenceContext s, int first, int last, char[] letters)
    {
        if (letters.Length < 3 || Enumerable.Range(first, last - first + 1).Any(k => s.KeyAt(k) == "government")) return false;
        var upper = letters.Select(char.ToUpperInvariant).ToList();
        if (s.Lexicon.Match(s.Tokens, first, s.Text) is { Entry.Form: EntryForm.Name } known)
        {
            // "the United Nations Operation in Burundi (ONUB)", "... Mission in Côte d'Ivoire (MINUCI)": a body of a known
            // organisation abbreviated in French; every letter is the initial of a capitalised word of the phrase.
            var capitals = Enumerable.Range(first, last - first + 1).Select(k => s.Tokens[k].Text).Where(t => t.Length > 0 && char.IsUpper(Initial(t)))
                .Select(Initial).ToHashSet();
            return known.Entry.Actor.Kind == ActorKind.Organisation && last - first + 1 > known.Length && upper.All(capitals.Contains);
        }
        // "National Council for the Defence of Democracy (CNDD)": the initials in another order.
        var initials = Enumerable.Range(first, last - first + 1).Select(k => s.Tokens[k].Text).Where(t => t.Length > 0 && char.IsLetter(t[0]))
            .Select(t => char.ToUpperInvariant(t[0])).ToHashSet();
        // Not across "and" ("Chad and the United Chadian Opposition") nor a name the tables know ("... of the Central African
        // Republic (FPRC)" is left to the unknown-body rule, which gives the body that state's country).
        if (upper.All(initials.Contains) && !Enumerable.Range(first, last - first + 1).Any(k => s.KeyAt(k) == "and" || s.Lexicon.Match(s.Tokens, k, s.Text) is { Entry.Form: EntryForm.Name }))
            return true;
        var phrase = s.Span(first, last).ToUpperInvariant();
        return char.ToUpperInvariant(s.Tokens[first].Text[0]) == upper[0] && upper.All(phrase.Contains);
    }

    /// <summary>Where a state the tables know begins, when it ends the phrase after "of" (and "the"); null otherwise.</summary>
    private static int? StateOfMovement(SentenceContext s, int first, int last)
    {
        for (var j = first + 2; j <= last; j++)
        {
            if (s.KeyAt(j - 1) is not ("of" or "the") || s.Lexicon.Match(s.Tokens, j, s.Text) is not { Entry.Actor.Kind: ActorKind.State } m) continue;
            if (j + m.Length - 1 == last) return j;
        }
        return null;
    }

    private static bool IsNameWord(SentenceContext s, int k) =>
        k >= 0 && k < s.Tokens.Count && (s.Tokens[k].IsCapitalised && s.Tokens[k].IsWord || Elided(s.Tokens[k].Text));

    /// <summary>"d'Ivoire", "l'Indépendance": an elided article or preposition before a capitalised word.</summary>
    private static bool Elided(string t) => t.Length > 2 && t[0] is 'd' or 'l' && t[1] is '\'' or '’' && char.IsUpper(t[2]);

    /// <summary>A word's initial: the capital after an elision ("d'Ivoire" gives I), else its first letter.</summary>
    private static char Initial(string t) => Elided(t) ? t[2] : t[0];
}
