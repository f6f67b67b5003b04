using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Recognition;

/// <summary>An agreement text's definition of its two sides: "X and Y, hereinafter (jointly) called / referred to as the
/// Parties". The two sides named before "hereinafter" are who "the Parties", "both Parties" and "either Party" are for the
/// rest of the text, whatever pair is named later.</summary>
internal static class DefinedParties
{
    public static void Note(SentenceContext s)
    {
        for (var k = 1; k + 2 < s.Tokens.Count; k++)
        {
            if (s.KeyAt(k) != "hereinafter" || !NamesTheParties(s, k + 1)) continue;
            var sides = s.Mentions.Where(m => m.IsArgument && m.Last < k).SelectMany(m => m.Actors)
                .Where(a => a.Kind is not (ActorKind.Person or ActorKind.Territory or ActorKind.Population)).Distinct().ToList();
            if (sides.Count != 2) return;
            s.Discourse.DefinedPair = (sides[0], sides[1]);
            s.Discourse.NotePair(sides[0], sides[1]);
            return;
        }
    }

    /// <summary>Whether "(jointly|collectively) called|referred to as|known as (the) Parties" starts at <paramref name="k"/>.</summary>
    private static bool NamesTheParties(SentenceContext s, int k)
    {
        if (s.KeyAt(k) is "jointly" or "collectively" or "together") k++;
        if (s.KeyAt(k) is "called" or "named" or "termed") k++;
        else if (s.KeyAt(k) is "referred" or "known" && s.KeyAt(k + 1) is "to" or "as") k += s.KeyAt(k + 1) == "to" ? 3 : 2;
        else return false;
        if (s.KeyAt(k) is "the") k++;
        if (s.KeyAt(k) is "\"" or "“" or "'") k++;
        return s.KeyAt(k) == "parties";
    }
}
