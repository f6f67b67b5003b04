using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

// Cues whose sentence names no side and for which no pair could be read: "The talks were brokered by X." before or after
// "X carried messages between the two men".
internal static partial class ProcessBuilder
{
    /// <summary>A cue with no pair of its own belongs to the one process that already has one of its mediators (or the body a
    /// mediator holds office in): its sentence is more evidence of that process, and its modality counts (a plain "were brokered
    /// by X" makes the mediation reported). With no such process, or several, it is noted and left.</summary>
    private static void JoinOrphans(Dictionary<string, (DocActor A, DocActor B, List<MediationCue> Cues, List<DocActor> Mediators, string From)> groups,
        List<(MediationCue Cue, List<DocActor> Mediators)> orphans, List<string> notes)
    {
        foreach (var (cue, mediators) in orphans)
        {
            bool Shares(List<DocActor> others) => mediators.Any(m => others.Contains(m) || m.Office?.Affiliation is { } office && others.Contains(office)
                || others.Any(o => o.Office?.Affiliation == m));
            var homes = groups.Where(g => g.Value.Mediators.Count > 0 && Shares(g.Value.Mediators)).ToList();
            if (homes.Count != 1)
            {
                notes.Add($"para {cue.Where.Paragraph}: mediators named ({string.Join(", ", mediators.Select(m => m.Name))}) but no party could be read; no process proposed.");
                continue;
            }
            var home = homes[0].Value;
            home.Cues.Add(cue);
            home.Cues.Sort((x, y) => x.SentenceIndex.CompareTo(y.SentenceIndex));
            // A person whose office's body already mediates there is folded into it, as for any cue.
            foreach (var m in mediators.Where(m => m != home.A && m != home.B && !SameSide(m, home.A) && !SameSide(m, home.B) && !home.Mediators.Contains(m)
                && !(m.Office?.Affiliation is { } office && home.Mediators.Contains(office))))
                home.Mediators.Add(m);
        }
    }

    /// <summary>Sides the cues named beyond the pair ("brought together A, B, C and D"), leaders standing for what they lead as
    /// for the pair; never a mediator or a side already counted.</summary>
    private static List<DocActor> NamedBeyond(DocActor a, DocActor b, List<MediationCue> cues, List<DocActor> mediators, List<DocActor> third, IReadOnlyList<RawRelation> relations)
    {
        var beyond = new List<DocActor>();
        foreach (var side in cues.SelectMany(c => c.MoreParties).Select(x => StateOf(Led(x), relations)))
        {
            if (side == a || side == b || SameSide(side, a) || SameSide(side, b) || mediators.Contains(side) || mediators.Any(m => SameSide(m, side))
                || third.Contains(side) || beyond.Contains(side)) continue;
            beyond.Add(side);
        }
        return beyond;
    }
}
