using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>"thanked X for hosting the talks", "Mexico and Norway hosted several rounds of the talks", "which hosted two rounds
/// of talks": a host verb at most three words before a talks trigger makes its subject the host, not a side of the talks
/// (unless the sides follow with "between", which the caller checks). So does a chair's or mediator's verb: "X, who has
/// moderated the negotiations on behalf of the UN", "X co-chaired the talks" (round 23): the one who runs the talks is no side.</summary>
internal static class HostedTalks
{
    private static readonly HashSet<string> HostVerbs = new(StringComparer.Ordinal) {
        "hosting", "hosted", "host", "hosts", "moderated", "moderates", "moderating", "chaired", "chairs", "chairing", "mediated", "mediating",
        "facilitated", "facilitating", "brokered", "brokering", "presided", "steered", "oversaw", "overseeing", "shepherded", "shepherding",
        "sponsored", "co-chaired", "co-chairing",
    };

    // Words that may stand between the verb and the talks noun: "hosted several rounds of", "hosts the first round of".
    private static readonly HashSet<string> Between = new(StringComparer.Ordinal) { "several", "the", "two", "three", "many", "most", "some", "first", "last", "both", "all", "also", "a", "an", "over", "its", "their",
        "final", "closing", "opening", "decisive", "direct", "indirect", "formal", "informal", "later", "subsequent", "peace", "crucial", };

    public static bool Before(SentenceContext s, int first)
    {
        for (var k = first - 1; k >= Math.Max(0, first - 4); k--)
        {
            if (HostVerbs.Contains(s.KeyAt(k))) return true;
            if (!Between.Contains(s.KeyAt(k))) return false;
        }
        return false;
    }
}
