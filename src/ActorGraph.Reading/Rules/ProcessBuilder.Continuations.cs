using ActorGraph.Core.Model;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

internal static partial class ProcessBuilder
{
    /// <summary>One mediation told over several paragraphs: "IGAD took up the mediation between the Government of Sudan and the
    /// SPLM/A ... First Vice-President Ali Osman Taha and SPLM/A chairman John Garang meet ...; the Special Envoy chairs their
    /// sessions". A process whose one side is a person the report ties to no state or body, whose other side is a side of another
    /// process, and whose mediators that process already has, is that process continued: its cues join it. A person with an
    /// office, or a new mediator, keeps the process apart (two mediations of one pair by different mediators stay two).</summary>
    private static void MergeContinuations(Dictionary<string, (DocActor A, DocActor B, List<MediationCue> Cues, List<DocActor> Mediators, string From)> groups)
    {
        static bool Loose(DocActor x) => x.Kind == ActorKind.Person && x.Office is null;
        static bool Same(DocActor x, DocActor y) => x == y || SameSide(x, y);
        foreach (var key in groups.Keys.ToList())
        {
            var g = groups[key];
            if (g.Mediators.Count == 0 || Loose(g.A) == Loose(g.B)) continue;
            var kept = Loose(g.A) ? g.B : g.A;
            var homes = groups.Where(o => o.Key != key && !Loose(o.Value.A) && !Loose(o.Value.B) && (Same(o.Value.A, kept) || Same(o.Value.B, kept))
                && g.Mediators.All(o.Value.Mediators.Contains)).ToList();
            if (homes.Count != 1) continue;
            var home = homes[0].Value;
            home.Cues.AddRange(g.Cues);
            home.Cues.Sort((x, y) => x.SentenceIndex.CompareTo(y.SentenceIndex));
            groups.Remove(key);
        }
    }
}
