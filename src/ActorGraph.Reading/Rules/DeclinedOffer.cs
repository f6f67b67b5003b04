using System.Text.RegularExpressions;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>An offer to mediate that the sentence says was refused: "X offered its good offices, an offer Y turned down",
/// "X offered to mediate, but Y declined", "Y rejected X's offer of mediation". A refused offer proposes no process.
/// Only a refusal of the offer itself counts: after the offer ("an offer that Y turned down", "but Y declined (it)") or
/// before it with the offer as its object ("rejected X's offer"); "X offered to mediate after Y rejected direct talks"
/// keeps its offer.</summary>
internal static partial class DeclinedOffer
{
    private const string Refuse = @"(?:turned\s+down|declined|rejected|refused|rebuffed|spurned|dismissed)";

    // After the offer: ", an offer (which/that) Y turned down", ", but Y declined", ", which Y rejected", "and was turned down".
    [GeneratedRegex(@"^[^;]*?(?:\ban?\s+offer\s+(?:that\s+|which\s+)?(?:[\w'’.-]+\s+){1,4}" + Refuse + @"\b|,?\s*\bbut\s+(?:[\w'’.-]+\s+){1,4}" + Refuse + @"(?:\s+(?:it|the\s+offer))?\s*(?:[,.;]|$)|\bwhich\s+(?:[\w'’.-]+\s+){1,4}" + Refuse + @"\b|\b(?:was|were)\s+" + Refuse + @"\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex After();

    // Before the offer, with the offer as the refusal's object: "Y rejected X's offer to mediate", "turned down an offer of mediation by X".
    [GeneratedRegex(Refuse + @"\s+(?:an?\s+|the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w'’.-]+\s+){0,3}offers?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Before();

    /// <summary>Whether the offer whose cue word is at <paramref name="token"/> is refused in the same sentence.</summary>
    public static bool Is(SentenceContext s, int token)
    {
        if (token < 0 || token >= s.Tokens.Count) return false;
        var at = s.Tokens[token].Start;
        return After().IsMatch(s.Text[at..]) || Before().IsMatch(s.Text);
    }
}
