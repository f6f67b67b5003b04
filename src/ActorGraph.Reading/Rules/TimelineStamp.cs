namespace ActorGraph.Reading.Rules;

/// <summary>The date stamp that opens an entry of a timeline ("23 November 2011 - ", "3 April 2011 – ", "June 2011: "): at most five
/// tokens of day numbers, month names and years, then a dash or a colon. The sentence proper begins after it.</summary>
internal static class TimelineStamp
{
    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    /// <summary>The first token after the stamp, or 0 when the sentence has none.</summary>
    public static int End(Recognition.SentenceContext s)
    {
        for (var k = 0; k < Math.Min(6, s.Tokens.Count); k++)
        {
            var key = s.KeyAt(k);
            if (k > 0 && key is "-" or "–" or "—" or ":") return k + 1;
            if (!(key.All(char.IsAsciiDigit) && key.Length is >= 1 and <= 4 || Months.Contains(key) || key == ",")) return 0;
        }
        return 0;
    }
}
