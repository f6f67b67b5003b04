using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Recognition;

/// <summary>A party or group the report names only by an acronym it never spells out: "President NAME of ZANU-PF", "ZANU-PF
/// and the opposition signed ...". The acronym is three capital letters or more (hyphenated parts joined: "ZANU-PF"), no table
/// or earlier name knows it, and it stands in a sentence as a name does: not a line of capitals (a dateline "DOHA, 3 May", a
/// heading, a speaker's label "QUESTION:"), not the first word of a longer capitalised name ("MARA Patani", "AHA Centre"),
/// not a part of a known name ("AU-UN"), not in brackets (a definition is <see cref="AcronymBodies"/>'), not one of the common acronyms of things (MOU, GDP, NGO ...). It is read as an organisation of low confidence.</summary>
internal static class BareAcronyms
{
    private static readonly HashSet<string> Things = new(StringComparer.Ordinal)
    {
        "MOU", "MOA", "GDP", "NGO", "NGOS", "IDP", "IDPS", "DDR", "SSR", "HIV", "AIDS", "COVID", "CEO", "PDF", "URL", "GMT", "UTC",
        "USD", "EUR", "TOR", "ICT", "LNG", "OPEC", "PM", "VIP", "TBA", "FAQ", "ATM", "III", "VII", "VIII", "XII", "XIV", "XVI", "XIX", "XXI", "CET", "EST",
        "BBC", "CNN", "AFP", "IED", "IEDS", "UAV", "UAVS", "RPG", "AK", "DNA", "GPS", "WMD",
    };

    private const int MaxParts = 4;

    public static int? TryResolve(SentenceContext s, int i)
    {
        if (Body(s, i) is not { } found) return null;
        s.Add(found.Actor, i, found.End - 1, MentionRole.Actor, "bare-acronym");
        s.Discourse.LastGroup = found.Actor;
        return found.End;
    }

    /// <summary>The body a bare acronym at <paramref name="i"/> names, with the token after it; null when the token is no
    /// such acronym. Adds no mention (a title rule's "President NAME of ZANU-PF" adds its own).</summary>
    public static (DocActor Actor, int End)? Body(SentenceContext s, int i)
    {
        var tokens = s.Tokens;
        if (!Capitals(s, i) || s.KeyAt(i - 1) == "(" || i > 0 && tokens[i - 1].End == tokens[i].Start) return null;
        var last = i;
        while (last + 2 < tokens.Count && last - i < 2 * MaxParts && s.KeyAt(last + 1) == "-" && Capitals(s, last + 2)
               && tokens[last].End == tokens[last + 1].Start && tokens[last + 1].End == tokens[last + 2].Start) last += 2;
        if (last + 1 < tokens.Count && tokens[last].End == tokens[last + 1].Start && tokens[last + 1].IsWord) return null;
        var text = s.Span(i, last);
        var letters = text.Count(char.IsLetter);
        if (letters < 3 || Things.Contains(text)) return null;
        // A line of capitals, a label or a dateline.
        if (Capitals(s, i - 1) || Capitals(s, last + 1) || s.KeyAt(last + 1) is ":" || s.KeyAt(i - 1) is ")" || i == 0 && s.KeyAt(last + 1) is "," or "-" or "—" or "–") return null;
        // "ECOMOG, the ECOWAS Ceasefire Monitoring Group": an acronym the next words name is left as it was.
        if (s.KeyAt(last + 1) == "," && s.KeyAt(last + 2) == "the" && last + 3 < tokens.Count && tokens[last + 3].IsCapitalised) return null;
        // The first word of a longer name ("MARA Patani") or a word after a capitalised one ("the AHA Centre" is left to others).
        if (last + 1 < tokens.Count && tokens[last + 1].IsCapitalised && tokens[last + 1].IsWord) return null;
        if (i > 0 && tokens[i - 1].IsCapitalised && tokens[i - 1].IsWord && i - 1 > 0 && s.KeyAt(i - 1) != "the") return null;
        for (var k = i; k <= last; k += 2)
        {
            if (s.Lexicon.Match(tokens, k, s.Text) is not null || MentionFinder.MatchDocPhrase(s, k).Actor is not null) return null;
        }
        // A sentence all in capitals is a heading.
        if (tokens.Count(t => t.IsWord && t.Text.Any(char.IsLower)) < 3) return null;
        var body = s.Actors.GetOrCreate(text, ActorKind.Organisation, null, s.Where, "bare-acronym");
        body.Description ??= $"{text}, named in the report only by this acronym, which ActorGraph's tables do not hold: check it.";
        body.Confidence = Math.Min(body.Confidence, 0.6);
        return (body, last + 1);
    }

    private static bool Capitals(SentenceContext s, int k) =>
        k >= 0 && k < s.Tokens.Count && s.Tokens[k].IsWord && s.Tokens[k].Text.All(c => char.IsUpper(c) || char.IsDigit(c)) && s.Tokens[k].Text.Any(char.IsLetter);
}
