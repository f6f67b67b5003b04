using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>An errand for one side is no mediation: "Tanzania acted as an intermediary for Kenya in the purchase of grain",
/// "X served as a broker for Y's sale of oil". A go-between noun followed by "for" and a single actor (no second side listed
/// with it) and then a purchase, sale or other transaction names an agent of that actor, not a third party between two sides.
/// "an intermediary for Iran and the United States" (two sides) and "an intermediary for Iran in the talks with the United
/// States" (talks, not a transaction) stay mediation cues.</summary>
internal static class ErrandFor
{
    private static readonly HashSet<string> Transactions = new(StringComparer.Ordinal)
    {
        "purchase", "purchases", "purchasing", "sale", "sales", "selling", "buying", "acquisition", "acquisitions", "import", "imports",
        "export", "exports", "shipment", "shipments", "procurement", "delivery", "deliveries", "payment", "payments", "loan", "loans",
        "supply", "supplies", "transfer", "transfers", "trade", "contract", "contracts", "order", "orders", "lease",
    };

    /// <summary>True when the mediator noun ending at <paramref name="nounLast"/> is followed by such an errand.</summary>
    public static bool Follows(SentenceContext s, int nounLast)
    {
        if (s.KeyAt(nounLast + 1) != "for") return false;
        var party = s.Mentions.Where(m => m.IsArgument && m.First > nounLast + 1 && m.First <= nounLast + 3).MinBy(m => m.First);
        if (party is null) return false;
        var k = party.Last + 1;
        // A second side listed with the first ("for Kenya and Somalia") makes it a go-between of two.
        if (s.KeyAt(k) is "and" or "," or "or") return false;
        if (s.KeyAt(k) == "'s") return Transactions.Contains(s.KeyAt(k + 1));
        if (s.KeyAt(k) is not ("in" or "on" or "over" or "during" or "with")) return false;
        for (var j = k + 1; j <= Math.Min(s.Tokens.Count - 1, k + 4); j++)
        {
            if (Transactions.Contains(s.KeyAt(j))) return true;
            if (s.KeyAt(j) is "," or ";" or "." or "between") return false;
        }
        return false;
    }
}
