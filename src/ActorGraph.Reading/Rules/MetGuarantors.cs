using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>Guarantors whom the mediator meets are participants, not mediators: "he met separately and jointly with the two leaders,
/// as well as with the Foreign Ministers of the three guarantor Powers, Greece, Turkey and the United Kingdom". The guarantor phrase
/// at <c>first</c> is in a "with ..." object of a meeting verb ("met", "meets", "meeting", "talked", "consulted") of its
/// sentence.</summary>
internal static class MetGuarantors
{
    private static readonly HashSet<string> MeetingVerbs = new(StringComparer.Ordinal)
    {
        "met", "meets", "meeting", "talked", "consulted", "spoke",
    };

    public static bool AreMet(SentenceContext s, int first)
    {
        var with = -1;
        for (var k = first - 1; k >= Math.Max(0, first - 10); k--)
        {
            if (s.KeyAt(k) is "." or ";") break;
            if (s.KeyAt(k) == "with") { with = k; break; }
        }
        if (with < 0) return false;
        for (var k = with - 1; k >= 0; k--)
            if (MeetingVerbs.Contains(s.KeyAt(k))) return true;
        return false;
    }
}
