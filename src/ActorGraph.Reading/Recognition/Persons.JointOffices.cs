using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

// One holder of two offices named together: "the Prime Minister and Minister of Foreign Affairs of Qatar, NAME".
internal static partial class Persons
{
    /// <summary>Whether a capitalised head's title and "and" stand right before the title at <paramref name="i"/>: "the Prime
    /// Minister and Minister of Foreign Affairs of X", "President and Commander-in-Chief of X". The two titles are one
    /// person's, who then leads the state or body the second names. "the Prime Minister and the Foreign Minister" (two
    /// articles) names two persons and is not read here. O(1): at most four tokens back.</summary>
    private static bool HeadTitleJoinedBefore(SentenceContext s, int i)
    {
        if (s.KeyAt(i - 1) != "and" || !s.Tokens[i].IsCapitalised) return false;
        // The longest title that ends right before "and" ("Deputy Prime Minister" rather than "Prime Minister" inside it).
        for (var j = Math.Max(0, i - 5); j <= i - 2; j++)
        {
            if (!s.Tokens[j].IsCapitalised || RoleWords.MatchTitle(s.Tokens, j) is not { } first || j + first.Length != i - 1) continue;
            return first.Role == RoleKind.Leads && s.KeyAt(j - 1) is not ("deputy" or "vice" or "assistant" or "acting" or "former");
        }
        return false;
    }
}
