using ActorGraph.Reading.Facts;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>Discourse memory for a mediation cue that names no side ("Fighting continued until the Lusaka Protocol of 1994, mediated
/// by the UN envoy X"): when the report's main pair would be taken, the pair of the last earlier cue that named its two sides
/// ("Portugal began to mediate between the government and UNITA") is taken instead, unless the text has named the main pair
/// together again since that cue (then the main pair is back in view).</summary>
internal static class EarlierTrack
{
    public static (DocActor A, DocActor B)? Of(MediationCue cue, IReadOnlyList<DocActor> mediators,
        IEnumerable<(MediationCue Cue, (DocActor A, DocActor B) Pair, string From)> read, Func<DocActor, DocActor, bool> sameSide,
        (DocActor A, DocActor B) main, IReadOnlyList<RawRelation> relations)
    {
        if (cue.Parties is not null) return null;
        var last = read.LastOrDefault(r => r.From == "sentence" && r.Cue.SentenceIndex < cue.SentenceIndex);
        if (last.Cue is null) return null;
        var (a, b) = last.Pair;
        if (a.Rule == "unnamed-party" || b.Rule == "unnamed-party") return null;
        bool Free(DocActor x) => !mediators.Any(m => m == x || sameSide(m, x) || x.Office?.Affiliation == m || m.Office?.Affiliation == x);
        if (!Free(a) || !Free(b)) return null;
        bool Is(DocActor x, DocActor y) => x == y || sameSide(x, y) || MainConflict.Led(x) == y;
        bool MainPair(RawRelation r) => Is(r.Source, main.A) && Is(r.Target, main.B) || Is(r.Source, main.B) && Is(r.Target, main.A);
        var since = relations.Any(r => MainPair(r) && After(r.Where, last.Cue.Where) && !After(r.Where, cue.Where));
        return since ? null : (a, b);
    }

    private static bool After(FactLocation x, FactLocation y) => x.Paragraph > y.Paragraph || x.Paragraph == y.Paragraph && x.Start > y.Start;
}
