using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>An acronym in brackets written in several tokens, "(SPLM/A)", "(FDLR-FOCA)", "(5+5)": capitals, digits and the
/// joining marks "/", "-", "+", "&amp;" only, at most five tokens. It stays inside its clause like a one-token acronym. Before a
/// clause, one ending in "-X" ("(SPLM-N)") still breaks it: skipping it cost report 69 its second process (not yet traced).</summary>
internal static class BracketedAcronym
{
    private const int MaxTokens = 5;

    /// <summary>The "(" that opens such an acronym closed at <paramref name="close"/>, or null.</summary>
    public static int? OpenBefore(SentenceContext s, int close)
    {
        for (var k = close - 1; k >= Math.Max(0, close - MaxTokens - 1); k--)
        {
            if (s.KeyAt(k) == "(") return k < close - 1 ? k : null;
            if (!Part(s, k)) return null;
        }
        return null;
    }

    /// <summary>The ")" that closes such an acronym opened at <paramref name="open"/>, or null.</summary>
    public static int? CloseAfter(SentenceContext s, int open)
    {
        for (var k = open + 1; k < Math.Min(s.Tokens.Count, open + MaxTokens + 2); k++)
        {
            if (s.KeyAt(k) == ")") return k > open + 1 ? k : null;
            if (!Part(s, k)) return null;
        }
        return null;
    }

    private static bool Part(SentenceContext s, int k) =>
        s.Tokens[k].Text is var t && t.Length > 0 && (t is "/" or "-" or "+" or "&" || t.All(c => char.IsUpper(c) || char.IsDigit(c)));
}
