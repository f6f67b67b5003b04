using System.Text.RegularExpressions;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Plover;

/// <summary>The actor phrases of a PLOVER coding, read without a parser from a sentence's word sequence: the subject
/// noun phrase of a clause (the words before its verb group, without opening quantities such as "Some 800,000", times
/// such as "on Tuesday", appositions after a comma and companions after "along with") and the first actor phrase after
/// a point (a run of words holding a proper name or a demonym, up to a preposition, a verb of saying or a new clause).
/// Every method is O(sentence length).</summary>
internal static partial class ActorPhrases
{
    /// <summary>Words (acronyms with dots, numbers with thousands separators, hyphen and apostrophe compounds) and the
    /// punctuation that bounds phrases.</summary>
    [GeneratedRegex(@"(?:[A-Za-z]\.){2,}|\d{1,3}(?:,\d{3})+|[\p{L}\p{N}](?:[\p{L}\p{N}'’-]*[\p{L}\p{N}])?|[,;:()]", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    private static readonly HashSet<string> Times = new(
    [
        .. CalendarWords.Weekdays, "today", "yesterday", "tonight", "tomorrow", .. CalendarWords.Months,
        "week", "weekend", "month", "year", "morning", "evening", "night", "afternoon", "earlier", "later", "again", "also", "now",
        "still", "already", "jointly", "recently", "on", "last", "this", "late", "early", "next", "overnight",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before a subject's head that only count or measure it ("Some 800,000", "Tens of thousands of").</summary>
    private static readonly HashSet<string> Quantities = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "some", "up", "to", "about", "around", "nearly", "almost", "more", "than", "over", "at", "least", "tens",
        "hundreds", "thousands", "millions", "dozens", "scores", "of", "several", "many", "few", "one", "two", "three", "four", "five", "six",
        "seven", "eight", "nine", "ten", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "dozen",
    };

    private static readonly HashSet<string> VerbGroup = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "may", "might", "shall", "should", "must",
        "did", "does", "do", "be", "been", "being", "not", "never",
    };

    /// <summary>Words that end the search for an object: a new clause, a verb of saying, a modal.</summary>
    private static readonly HashSet<string> ClauseEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        ";", ":", "said", "says", "say", "reported", "announced", "told", "added", "who", "which", "whom", "whose", "where", "when",
        "while", "after", "before", "because", "as", "since", "until", "following", "despite", "if", "though", "although", "but",
        "will", "would", "should", "must", "could", "can", "may", "might", "according", "whereas", "unless", "amid", "without",
    };

    /// <summary>Words that end a phrase without ending the search.</summary>
    private static readonly HashSet<string> PhraseBreaks = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "at", "to", "for", "from", "with", "against", "into", "by", "over", "toward", "towards", "upon", "about", "between",
        "among", "under", "near", "through", "across", "the", "a", "an", "its", "their", "his", "her", "our", "that", "this", "these",
        "those", "(", ")", "and", "or", "of", "up", "down", "out", "off", "is", "are", "was", "were", "has", "have", "had", "be", "been",
        "not", "than", "also", "around", "outside", "inside", "behind", "beyond", "along", "within", "throughout", "during", "via",
    };

    /// <summary>Head nouns of people and bodies that are actors though written in lower case ("arrested dozens of opposition
    /// supporters", "urged the president to"). Troops and forces are left out: after a verb they are nearly always the
    /// subject's own ("massed troops near the border"); so are monitors, inspectors and peacekeepers ("withdrew its
    /// inspectors from Iraq": the place is the target).</summary>
    private static readonly HashSet<string> ActorNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "government", "governments", "president", "minister", "ministers", "opposition", "police", "policeman", "policemen", "officer",
        "officers", "soldier", "soldiers", "army", "rebels", "militants", "insurgents", "militia", "militias", "militiamen", "protesters",
        "demonstrators", "students", "workers", "journalists", "journalist", "reporters", "activists", "activist", "prisoners", "detainees",
        "hostages", "captives", "villagers", "civilians", "residents", "refugees", "migrants", "worshippers", "pilgrims", "farmers", "sides",
        "party", "parties", "leader", "leaders", "commission", "authorities", "official", "officials", "lawmakers", "legislators",
        "parliament", "judges", "court", "ministry", "council", "regime", "junta", "guards", "diplomats", "diplomat", "envoy", "ambassador",
        "delegation", "negotiators", "supporters", "members", "citizens", "nationals", "settlers", "tribesmen", "gunmen", "people", "children",
        "crew", "sailors", "fishermen", "suspects", "suspect", "movement", "union", "fighters", "attackers", "assailants", "kidnappers",
        "recruits", "cadets", "pupils", "schoolchildren", "politician", "politicians", "dissidents", "opponents", "critics", "girls",
        "women", "doctors", "nurses", "teachers", "families", "monks", "bloggers", "traders", "figures", "lawyer", "lawyers",
        "unions", "authority", "governor", "mayor", "tribunal", "strikers", "candidate", "candidates", "clerics", "priests", "bishop", "businessman", "colonists", "chief",
        "prosecutors", "investigators", "groups", "forces", "company", "companies", "owners", "employers", "management",
    };

    /// <summary>Actor nouns that often modify the noun after them ("an official protest", "a police station", "government
    /// troops"): a phrase is cut at them only in a "that" complement.</summary>
    private static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "official", "police", "government", "army", "court", "council", "union", "opposition", "ministry", "regime", "junta",
        "movement", "commission", "parliament", "party", "militia",
    };

    /// <summary>Buildings and grounds: an owner's premises are where an act happens, not whom it is aimed at.</summary>
    private static readonly HashSet<string> Premises = new(StringComparer.OrdinalIgnoreCase)
    {
        "office", "offices", "residence", "palace", "house", "home", "compound", "headquarters", "building", "gate", "gates", "villa",
    };

    /// <summary>Words after a noun that do not continue its noun phrase ("the party ahead of the vote").</summary>
    private static readonly HashSet<string> NotNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "ahead", "again", "overnight", "instead", "altogether", "today", "yesterday", "abroad", "here", "there",
        "next", "last", // "with the government next week": a time after the noun (fifteenth PLOVER round)
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "it", "they", "we", "i" };

    private static readonly HashSet<string> Possessives = new(StringComparer.OrdinalIgnoreCase) { "its", "their", "his", "her" };

    private readonly record struct Word(string Text, int Start, int End);

    private static List<Word> Words(string sentence, int from, int to)
    {
        var words = new List<Word>();
        foreach (Match m in Token().Matches(sentence, from))
        {
            if (m.Index + m.Length > to) break;
            words.Add(new Word(m.Value, m.Index, m.Index + m.Length));
        }
        return words;
    }

    /// <summary>The subject phrase between <paramref name="from"/> and <paramref name="to"/> (the clause's start and its
    /// verb), outside <paramref name="asides"/>; empty when there is none.</summary>
    public static string Subject(string sentence, int from, int to, List<(int Start, int End)> asides)
    {
        var words = Words(sentence, from, to).Where(w => !MainClause.InAside(asides, w.Start)).ToList();
        // The first part before a comma: "Pakistan, a key ally ...," and "Qatar's emir, Sheikh X" keep their first part.
        var part = words.TakeWhile(w => w.Text is not ("," or ";" or ":")).ToList();
        if (part.Count == 0 && words.Count > 0) part = words.SkipWhile(w => w.Text == ",").TakeWhile(w => w.Text != ",").ToList();
        // "The fundamentalist Umma (Nation) party", "The Ceasefire Violations Committee (CFVC)": a name's acronym or gloss in
        // brackets is part of it.
        var cut = part.FindIndex(w => w.Text.Equals("along", StringComparison.OrdinalIgnoreCase) || w.Text.Equals("together", StringComparison.OrdinalIgnoreCase)
            || w.Text is "who" or "which" or "that" || (w.Text == "(" && !IsGloss(part, part.IndexOf(w))));
        if (cut >= 0) part = part[..cut];
        // A reduced passive describes the subject ("hackers angered by the cartoons"); "the sides of the divided island
        // of Cyprus" is the named sides.
        var reduced = part.FindIndex(w => w.Text.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(w.Text[0]));
        if (reduced > 0 && reduced + 1 < part.Count && part[reduced + 1].Text == "by") part = part[..reduced];
        var ofThe = part.FindIndex(w => w.Text == "of");
        // "Serbian President of the ...": a name before "of the" ends the subject; a capitalised first word with only lower-case words
        // after it ("Leaders of the Azadliq coalition", "Senior officials of the ... Party") is a common noun and the body after "of" is kept.
        if (ofThe > 0 && ofThe + 1 < part.Count && part[ofThe + 1].Text == "the" && !(from == 0 && words.Count > 0 && part[0].Start == words[0].Start && part.Skip(1).Take(ofThe - 1).All(w => char.IsLower(w.Text[0])))
            && part.Take(ofThe).Any(w => IsNameStart(w.Text) && !Quantities.Contains(w.Text))) part = part[..ofThe];
        while (part.Count > 0 && (Times.Contains(part[^1].Text) || VerbGroup.Contains(part[^1].Text) || IsAdverb(part[^1].Text) || IsNumber(part[^1].Text))) part.RemoveAt(part.Count - 1);
        while (part.Count > 1 && (Times.Contains(part[0].Text) || Quantities.Contains(part[0].Text) || IsNumber(part[0].Text))) part.RemoveAt(0);
        // "Thousands marched": a plural quantity alone is the subject; "the", "some" or "two" alone is not.
        if (part.Count == 1 && Quantities.Contains(part[0].Text) && part[0].Text.EndsWith('s')) return part[0].Text;
        if (part.Count == 0 || part.Count > 10 || (part.Count == 1 && Quantities.Contains(part[0].Text))) return "";
        return sentence[part[0].Start..part[^1].End];
    }

    /// <summary>Word <paramref name="k"/> opens a bracket right after a name that holds one to four words, the first
    /// capitalised, and closes ("Umma (Nation) party", "Committee (CFVC)").</summary>
    private static bool IsGloss(List<Word> part, int k)
    {
        if (k < 1 || k + 2 >= part.Count || !IsNameStart(part[k - 1].Text) || !IsNameStart(part[k + 1].Text)) return false;
        for (var c = k + 2; c < part.Count && c <= k + 5; c++)
        {
            if (part[c].Text == ")") return true;
        }
        return false;
    }

    /// <summary>Whether a subject stands for an actor named before it in the sentence: a pronoun, a possessive alone, a
    /// clause opened by an "-ing" form ("removing the sanctions"), or a nameless "the group" (one of
    /// <see cref="BackReferences"/>, after "the" in <paramref name="sentence"/>); "the government" is not one, since a
    /// speaker often reports on another government.</summary>
    public static bool IsReference(string sentence, string subject)
    {
        if (subject.Length == 0 || Pronouns.Contains(subject) || Possessives.Contains(subject)) return true;
        if (char.IsLower(subject[0]) && subject.Split(' ')[0].EndsWith("ing", StringComparison.Ordinal)) return true;
        if (!BackReferences.Contains(subject)) return false;
        var at = sentence.IndexOf(subject, StringComparison.Ordinal);
        return at >= 4 && sentence.AsSpan(at - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly HashSet<string> BackReferences = new(StringComparer.Ordinal)
    {
        "group", "movement", "organisation", "organization", "ministry", "agency", "militia", "alliance", "coalition", "bloc", "country",
    };

    /// <summary>Two named actors joined by "and" ("Israel and Lebanon", "Hungarian and Romanian officials").</summary>
    public static bool IsPair(string subject)
    {
        var and = subject.IndexOf(" and ", StringComparison.Ordinal);
        return and > 0 && subject[..and].Any(char.IsUpper) && and + 5 < subject.Length && char.IsUpper(subject[and + 5]);
    }

    /// <summary>"their forces" said by "Bosnian Serbs" is "Bosnian Serbs forces": a possessive subject takes its owner.</summary>
    public static string? Owned(string subject, string owner)
    {
        var space = subject.IndexOf(' ');
        return space > 0 && Possessives.Contains(subject[..space]) && owner.Length > 0 ? owner + " " + subject[(space + 1)..] : null;
    }

    /// <summary>The first actor phrase after <paramref name="from"/>: a run of words holding a capitalised word that is
    /// not a time or ending in a person or body noun (<see cref="ActorNouns"/>, not after a possessive), before the clause ends (<see cref="ClauseEnds"/>, a comma) and within 14 words; empty when none. A
    /// "that" right after <paramref name="from"/> opens the complement ("demanded that X ...") and is passed.</summary>
    public static string FirstAfter(string sentence, int from, int to = -1)
    {
        var words = Words(sentence, from, to < 0 ? sentence.Length : to);
        var count = 0;
        var i = 0;
        if (words.Count > 0 && words[0].Text.Equals("that", StringComparison.OrdinalIgnoreCase)) i = 1;
        // After "by" a list of doers ("patrols by police and army soldiers") runs until another preposition or article
        // ("abuses by the army" is taken, as before).
        var doers = false;
        for (; i < words.Count && count < 14; i++, count++)
        {
            var w = words[i];
            if ((w.Text == "," && !InList(words, i)) || ClauseEnds.Contains(w.Text)) return "";
            if (w.Text == "by") doers = true;
            else if (PhraseBreaks.Contains(w.Text) && w.Text is not ("and" or "or")) doers = false;
            // "to meet Jordan's King": the verb of an infinitive is not part of the phrase after it.
            if (w.Text == "," || PhraseBreaks.Contains(w.Text) || (char.IsLower(w.Text[0]) && i > 0 && words[i - 1].Text == "to")) continue;
            // A phrase: this word and the following ones up to a break; "of" and "and" join names ("President of
            // Armenia", "Romania and Poland").
            var j = i;
            for (var went = true; went;)
            {
                while (j + 1 < words.Count && !ClauseEnds.Contains(words[j + 1].Text) && words[j + 1].Text is not ("," or "(") && !IsVerbAfterName(words, j + 1) && !IsSecondObject(words, j + 1)
                    && (!PhraseBreaks.Contains(words[j + 1].Text) || (words[j + 1].Text is "of" or "and" && j + 2 < words.Count && IsNameStart(words[j + 2].Text))))
                {
                    j++;
                }
                // "National Union for the Total Independence of Angola", "52 members of the banned Movement for ...": a name or a
                // person noun goes on through "of the" or "for the" (and one or two lower-case words) to the name that follows.
                var next = NameGoesOn(words, j);
                went = next > j;
                j = next;
            }
            // "the main opposition party ahead of", "that the army hand power": a lower-case phrase ends at its last person or
            // body noun.
            if (!words.Skip(i).Take(j - i + 1).Any(p => IsNameStart(p.Text)))
            {
                var k = j;
                while (k > i && !ActorNouns.Contains(words[k].Text) && !IsOwner(words[k].Text)) k--;
                // "against the government's tuition reform", "the ban on the opposition's newspapers": a person or body noun
                // owning a thing is the actor the act is aimed at; its premises are a place ("marched to the governor's office").
                if (k < j && !doers && IsOwner(words[k].Text) && !Premises.Contains(words[k + 1].Text) && (i == 0 || !Possessives.Contains(words[i - 1].Text)))
                {
                    var owner = words.GetRange(i, k - i + 1);
                    while (owner.Count > 1 && (IsNumber(owner[0].Text) || Quantities.Contains(owner[0].Text))) owner.RemoveAt(0);
                    return sentence[owner[0].Start..(owner[^1].End - 2)];
                }
                if (ActorNouns.Contains(words[k].Text) && (k == j || !Modifiers.Contains(words[k].Text) || ComplementSubject(words, i) || NotNouns.Contains(words[k + 1].Text)
                    || words[k + 1].Text.EndsWith("ed", StringComparison.Ordinal) || IsPresentVerb(words, k + 1))) j = k; // "unless the government raised wages"
            }
            var phrase = words.GetRange(i, j - i + 1);
            if (phrase.Any(p => IsNameStart(p.Text) && !Times.Contains(p.Text)) || (!doers && IsLowerCaseActor(words, i, j, ComplementSubject(words, i))))
            {
                while (phrase.Count > 1 && (IsNumber(phrase[0].Text) || Quantities.Contains(phrase[0].Text))) phrase.RemoveAt(0);
                while (phrase.Count > 1 && Times.Contains(phrase[^1].Text)) phrase.RemoveAt(phrase.Count - 1);
                return sentence[phrase[0].Start..phrase[^1].End];
            }
            count += j - i;
            i = j;
        }
        return "";
    }

    /// <summary>The last word of a name that continues word <paramref name="j"/> (a capitalised word or a person or body noun)
    /// through "of the" or "for the" and at most two lower-case words, to a run of capitalised words; else <paramref name="j"/>.</summary>
    private static int NameGoesOn(List<Word> words, int j)
    {
        if (j + 2 >= words.Count || words[j + 1].Text is not ("of" or "for")) return j;
        if (!IsNameStart(words[j].Text) && !ActorNouns.Contains(words[j].Text)) return j;
        if (words[j + 1].Text == "for" && !IsNameStart(words[j].Text)) return j;
        var k = words[j + 2].Text == "the" ? j + 3 : j + 2;
        var first = k;
        while (k < words.Count && k <= first + 1 && char.IsLower(words[k].Text[0]) && !PhraseBreaks.Contains(words[k].Text) && !ClauseEnds.Contains(words[k].Text)) k++;
        return k < words.Count && IsNameStart(words[k].Text) && !Times.Contains(words[k].Text) ? k : j;
    }

    /// <summary>The last actor phrase between <paramref name="from"/> and <paramref name="to"/> ("... that China must").</summary>
    public static string LastBefore(string sentence, int from, int to)
    {
        var words = Words(sentence, from, to);
        for (var n = words.Count; n > 0;)
        {
            var phrase = LastOf(sentence, words, n, out var start);
            if (phrase.Length > 0 && !Pronouns.Contains(phrase) && phrase.Any(char.IsUpper)) return phrase;
            n = start;
        }
        return "";
    }

    private static string LastOf(string sentence, List<Word> words, int count, out int start)
    {
        var end = count - 1;
        while (end >= 0 && (PhraseBreaks.Contains(words[end].Text) || words[end].Text == "," || VerbGroup.Contains(words[end].Text) || IsAdverb(words[end].Text))) end--;
        start = end;
        while (start > 0 && !PhraseBreaks.Contains(words[start - 1].Text) && !ClauseEnds.Contains(words[start - 1].Text) && words[start - 1].Text != ","
            && !Times.Contains(words[start - 1].Text))
        {
            start--;
        }
        if (end < 0) { start = 0; return ""; }
        return Times.Contains(words[end].Text) ? " " : sentence[words[start].Start..words[end].End];
    }

    /// <summary>A comma inside a list of things ("artillery, mortar, and rocket fire"): at most two lower-case words, then
    /// another comma or "and".</summary>
    private static bool InList(List<Word> words, int comma)
    {
        for (var k = comma + 1; k < words.Count && k <= comma + 3; k++)
        {
            if (words[k].Text is "and" or "or" && k == comma + 1) return k + 1 < words.Count && char.IsLower(words[k + 1].Text[0]); // ", and rocket fire"
            if (words[k].Text is "," or "and" or "or") return k > comma + 1;
            if (!char.IsLower(words[k].Text[0])) return false;
        }
        return false;
    }

    /// <summary>A lower-case word after a capitalised one that opens a verb phrase: an "-ing" form ("the bridge spanning
    /// the river") or a word followed by a determiner ("that Israel ease the restrictions").</summary>
    private static bool IsVerbAfterName(List<Word> words, int k) =>
        char.IsLower(words[k].Text[0]) && IsNameStart(words[k - 1].Text) && !words[k - 1].Text.EndsWith("'s", StringComparison.Ordinal)
        && (words[k].Text.EndsWith("ing", StringComparison.Ordinal) || (k + 1 < words.Count && words[k + 1].Text is "the" or "a" or "an" or "its" or "their" or "his" or "her"));

    /// <summary>"if the government raises the age", "unless the army withdraws its troops": a word in -s right before an article
    /// or a possessive is a verb in the present (a plural noun is not followed by one), so the noun before it is its subject
    /// (fifteenth PLOVER round).</summary>
    private static bool IsPresentVerb(List<Word> words, int k) =>
        k + 1 < words.Count && words[k].Text.Length > 3 && words[k].Text.EndsWith('s') && !words[k].Text.EndsWith("ss", StringComparison.Ordinal)
        && char.IsLower(words[k].Text[0]) && words[k + 1].Text is "the" or "a" or "an" or "its" or "their" or "his" or "her";

    /// <summary>"gave the Gambia 20 million dollars": a count after a name opens the second object of a verb of giving.</summary>
    private static bool IsSecondObject(List<Word> words, int k) =>
        IsNumber(words[k].Text) && IsNameStart(words[k - 1].Text) && k + 1 < words.Count && char.IsLower(words[k + 1].Text[0]) && !PhraseBreaks.Contains(words[k + 1].Text);

    /// <summary>Words <paramref name="i"/>..<paramref name="j"/> end in a person or body noun, not after a possessive (one's
    /// own) or "by" (a doer: "patrols by police"), and are not the subject of a new clause ("warned that police will").</summary>
    /// <summary>An auxiliary after the phrase is allowed when the phrase is the subject of the complement that "that" opens
    /// right after the trigger ("alleged that the army had killed"), not a modal ("warned that police will": who will act).</summary>
    private static bool IsLowerCaseActor(List<Word> words, int i, int j, bool complement) =>
        ActorNouns.Contains(words[j].Text) && (i == 0 || !(Possessives.Contains(words[i - 1].Text) || words[i - 1].Text == "by"))
        && (j + 1 >= words.Count || !VerbGroup.Contains(words[j + 1].Text) || (complement && !ClauseEnds.Contains(words[j + 1].Text)));

    /// <summary>Word <paramref name="i"/> starts the subject of a "that" complement: only articles stand between it and a
    /// "that" that opens the words searched.</summary>
    private static bool ComplementSubject(List<Word> words, int i)
    {
        if (words.Count == 0 || !words[0].Text.Equals("that", StringComparison.OrdinalIgnoreCase)) return false;
        for (var k = 1; k < i; k++)
        {
            if (words[k].Text is not ("the" or "a" or "an")) return false;
        }
        return i >= 1;
    }

    /// <summary>A capitalised word, or an Arabic name after its lower-case article ("al-Shabaab", "el-Sisi").</summary>
    private static bool IsNameStart(string word) =>
        word.Length > 0 && (char.IsUpper(word[0]) || (word.Length > 3 && word[2] == '-' && word[0] is 'a' or 'e' && word[1] == 'l' && char.IsUpper(word[3])));

    /// <summary>A person or body noun in the possessive ("government's", "opposition’s").</summary>
    private static bool IsOwner(string word) =>
        word.Length > 2 && word[^1] == 's' && word[^2] is '\'' or '’' && ActorNouns.Contains(word[..^2]);

    private static bool IsNumber(string word) => word.Length > 0 && char.IsDigit(word[0]);

    private static bool IsAdverb(string word) => word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]) && word is not ("rally" or "ally" or "assembly");
}
