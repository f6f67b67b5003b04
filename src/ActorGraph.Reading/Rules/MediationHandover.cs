using ActorGraph.Core.Model;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>A handover of mediation in the passive: "Mediation was then entrusted to the Minsk Group", "the mediation was handed
/// over to the AU", "mediation was taken over by Norway". Who receives it mediates from then on.</summary>
internal static class MediationHandover
{
    /// <summary>The ones the mediation named at <paramref name="t"/> passes to: "(the) mediation was (then) entrusted / handed
    /// (over) / passed / transferred / given to X", "mediation passed to X", "mediation was taken over by X"; else none.</summary>
    public static List<DocActor> To(SentenceContext s, int t)
    {
        if (s.KeyAt(t) is not ("mediation" or "facilitation")) return [];
        var k = t + 1;
        if (s.KeyAt(k) is "effort" or "efforts" or "role" or "process") k++;
        if (s.KeyAt(k) is "was" or "were" or "is" or "had" or "has") k++;
        if (s.KeyAt(k) == "been") k++;
        if (s.KeyAt(k) is "then" or "later" or "subsequently" or "eventually" or "formally" or "soon" or "thereafter") k++;
        var verb = s.KeyAt(k);
        int prep;
        if (verb is "entrusted" or "handed" or "passed" or "transferred" or "given" or "assigned" or "delegated" or "turned")
        {
            prep = s.KeyAt(k + 1) == "over" ? k + 2 : k + 1;
            if (s.KeyAt(prep) != "to") return [];
        }
        else if (verb == "taken" && s.KeyAt(k + 1) == "over" && s.KeyAt(k + 2) == "by") prep = k + 2;
        else return [];
        return Arguments.Actors(MediationCues.NotSpeakers(s, Arguments.Object(s, prep, 4)));
    }
}
