namespace ActorGraph.Analysis.Mediation;

/// <summary>Gould-Fernandez (1989) roles for one broker between two sides.</summary>
public static class BrokerRoles
{
    /// <summary>The role of broker <paramref name="broker"/> between <paramref name="a"/> and <paramref name="b"/> given
    /// their groups. Mediation flows both ways, so a broker sharing a group with exactly one side is both that side's
    /// gatekeeper (for what comes in) and its representative (for what goes out): "gatekeeper-representative".</summary>
    public static (string Role, string Basis) Of(int a, int broker, int b, string aName, string bName)
    {
        if (a == broker && broker == b) return ("coordinator", "all three in one group");
        if (a == b) return ("itinerant", "both sides in one group, the broker outside it");
        if (broker == a) return ("gatekeeper-representative", $"in {aName}'s group");
        if (broker == b) return ("gatekeeper-representative", $"in {bName}'s group");
        return ("liaison", "the broker and each side in three different groups");
    }
}
