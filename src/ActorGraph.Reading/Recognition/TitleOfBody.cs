namespace ActorGraph.Reading.Recognition;

/// <summary>Pieces of "the TITLE of the BODY, NAME": the body's words after an organisation ("the ECOWAS Commission"), a body
/// the tables do not know ("the Commission"), and a courtesy word written without its full stop ("Dr NAME", "Mr NAME").</summary>
internal static class TitleOfBody
{
    private static readonly HashSet<string> BodyWords = new(StringComparer.Ordinal)
    {
        "commission", "council", "secretariat", "authority", "assembly", "committee", "parliament", "conference",
    };

    /// <summary>The token after capitalised body words at <paramref name="k"/> ("Commission" after "ECOWAS"), or <paramref name="k"/>.</summary>
    public static int BodyEnd(SentenceContext s, int k)
    {
        var end = k;
        while (end < s.Tokens.Count && end - k < 2 && s.Tokens[end].IsCapitalised && BodyWords.Contains(s.KeyAt(end))) end++;
        return end;
    }

    /// <summary>"the Commission" or "the Joint Monitoring Commission" after "of": one to four capitalised words ending in a body
    /// word, no name of the tables among them; the token after them (the comma before the holder), else null.</summary>
    public static int? UnknownBodyEnd(SentenceContext s, int start)
    {
        var k = s.KeyAt(start) == "the" ? start + 1 : start;
        var first = k;
        while (k < s.Tokens.Count && k - first < 4 && s.Tokens[k] is { IsCapitalised: true, IsWord: true } && s.Lexicon.Match(s.Tokens, k, s.Text) is null) k++;
        return k > first && BodyWords.Contains(s.KeyAt(k - 1)) ? k : null;
    }

    /// <summary>"Dr", "Mr", "Mrs", "Ms", "Prof" written without a full stop before a capitalised word (British and African usage).</summary>
    public static bool IsCourtesy(SentenceContext s, int k) =>
        k + 1 < s.Tokens.Count && s.Tokens[k].Text is "Dr" or "Mr" or "Mrs" or "Ms" or "Prof" && s.Tokens[k + 1].IsCapitalised;
}
