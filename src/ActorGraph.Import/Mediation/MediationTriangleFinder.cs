using System.Runtime.CompilerServices;
using ActorGraph.Core.Model;
using ActorGraph.Import.Aggregation;
using ActorGraph.Import.Diagnostics;

namespace ActorGraph.Import.Mediation;

/// <summary>Rebuilds mediation triangles that event data flattens into pairs, and only where the data
/// carries them: an actor M with mediation events (039, 045, 046) with both A and B while A and B are
/// in sustained opposition becomes the mediator of an inferred <see cref="MediationProcess"/>.</summary>
/// <remarks>
/// Rules (docs/import.md, "Mediation triangles"):
/// <list type="bullet">
/// <item>Opposition is sustained: at least <see cref="MinHostileEvents"/> hostile events between A and B, seen as
/// many independent times (distinct sources or days, <see cref="Sightings"/>),
/// within the triangle window of M's contacts (one criticism is not a conflict); between two states, those of
/// their own actors count (Israel's army attacking Palestinian protesters is Israel–Palestine enmity).</item>
/// <item>M has mediation events with both sides within the window of each other.</item>
/// <item>M is no belligerent: an M that attacks A or B in that stretch is never offered as its broker.</item>
/// <item>Direct talks between A and B weaken the inference: with them, negotiation (046) alone is M's own
/// diplomacy, not mediation, and no triangle is made; an explicit mediation code (045, 039) still makes
/// one, with lower confidence.</item>
/// <item>One report that codes M's explicit mediation with both A and B, or with A and, in the same report, A's
/// hostility with B, needs no further opposition (<see cref="CoReportedTriangles"/>).</item>
/// </list>
/// Triangles of the same parties whose dates overlap (within the window) merge into one process with
/// every mediator (<see cref="InferredProcessBuilder"/> derives status and says why).
/// Cost: O(T + Σ min(m(A), m(B)) · log T) over hostile pairs {A, B}, where m(X) is the number of actors
/// with mediation ties to X.
/// </remarks>
/// <param name="windowDays">The triangle window in days.</param>
/// <param name="evidence">The evidence of the ties' relations (rows <see cref="AggregatedTie.Row"/>): sightings are
/// counted on it without making source ids.</param>
internal sealed class MediationTriangleFinder(int windowDays, ImportEvidenceTable evidence)
{
    /// <summary>Hostile events between the parties that a triangle needs.</summary>
    public const int MinHostileEvents = 2;

    /// <param name="stateOf">For each actor index, the state actor of its country, or -1 (<see cref="TieIndex"/>).</param>
    public IReadOnlyList<MediationProcess> Find(AggregatedTie[] ties, Func<int, string> idOf, Func<int, string> nameOf, int[]? stateOf = null)
    {
        var index = new TieIndex(ties, stateOf);
        BuildPhases.Mark("triangle index");
        var builder = new InferredProcessBuilder(index, windowDays, idOf, nameOf);
        // Hostile pairs are independent (the index is only read once sorted): probed over the cores in fixed
        // chunks, then gathered in pair order and sorted by id, so the result does not depend on the threads.
        index.SortAll();
        BuildPhases.Mark("triangle sort");
        var pairs = index.Hostile.ToArray();
        var found = new List<TriangleCandidate>?[pairs.Length];
        Parallel.For(0, (pairs.Length + PairChunk - 1) / PairChunk, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (chunk) =>
        {
            for (var i = chunk * PairChunk; i < Math.Min(pairs.Length, (chunk + 1) * PairChunk); i++)
            {
                var ((x, y), enmity) = pairs[i];
                found[i] = ForPair(index, x, y, enmity, idOf);
            }
        });
        BuildPhases.Mark("triangle probes");
        // Each pair's candidates: the sustained-opposition triangles, then what one report codes outright for a
        // mediator the pair does not have yet (CoReportedTriangles).
        var byPair = new Dictionary<(int, int), List<TriangleCandidate>>();
        foreach (var list in found)
        {
            if (list is not null) byPair[(list[0].PartyA, list[0].PartyB)] = list;
        }
        foreach (var c in CoReportedTriangles.Find(index, windowDays, idOf, evidence))
        {
            if (!byPair.TryGetValue((c.PartyA, c.PartyB), out var list)) byPair[(c.PartyA, c.PartyB)] = list = [];
            if (!list.Exists(o => o.Mediator == c.Mediator)) list.Add(c);
        }
        BuildPhases.Mark("co-reported");
        var groups = byPair.Values.ToArray();
        var built = new List<MediationProcess>[groups.Length];
        Parallel.For(0, groups.Length, i => built[i] = Cluster(builder, groups[i], idOf));
        BuildPhases.Mark("processes");
        var processes = built.SelectMany(p => p).ToList();
        processes.Sort((p, q) => string.CompareOrdinal(p.Id, q.Id));
        return processes;
    }

    private const int PairChunk = 256;

    /// <summary>The sustained-opposition triangle candidates between <paramref name="x"/> and <paramref name="y"/>, or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<TriangleCandidate>? ForPair(TieIndex index, int x, int y, SortedTies enmity, Func<int, string> idOf)
    {
        // A triangle needs MinHostileEvents near it: a pair with fewer in all is skipped before any probe.
        if (enmity.Events < MinHostileEvents) return null;
        var mx = index.MediationWith(x);
        var my = index.MediationWith(y);
        if (mx.IsEmpty || my.IsEmpty) return null;
        var xIsA = string.CompareOrdinal(idOf(x), idOf(y)) <= 0;
        var (a, b) = xIsA ? (x, y) : (y, x);
        List<TriangleCandidate>? candidates = null;
        // The common mediators: both spans are sorted by mediator. (Candidates are ordered by start and mediator id
        // when clustered, so the order they are found in does not matter.)
        for (int i = 0, j = 0; i < mx.Length && j < my.Length;)
        {
            var m = mx[i].Mediator;
            var n = my[j].Mediator;
            if (m < n) { i++; continue; }
            if (n < m) { j++; continue; }
            if (m != x && m != y)
            {
                var (withA, withB) = xIsA ? (mx[i].Ties, my[j].Ties) : (my[j].Ties, mx[i].Ties);
                if (Match(index, m, a, b, withA, withB, enmity) is { } candidate) (candidates ??= []).Add(candidate);
            }
            i++;
            j++;
        }
        return candidates;
    }

    /// <summary>One pair's candidates as processes: those whose dates overlap (within the window) merge into one.</summary>
    private List<MediationProcess> Cluster(InferredProcessBuilder builder, List<TriangleCandidate> candidates, Func<int, string> idOf)
    {
        candidates.Sort((p, q) => p.Start != q.Start ? p.Start.CompareTo(q.Start) : string.CompareOrdinal(idOf(p.Mediator), idOf(q.Mediator)));
        var processes = new List<MediationProcess>();
        var cluster = new List<TriangleCandidate>();
        var clusterEnd = int.MinValue;
        foreach (var c in candidates)
        {
            if (cluster.Count > 0 && c.Start > clusterEnd + windowDays)
            {
                processes.Add(builder.Build(cluster));
                cluster = [];
                clusterEnd = int.MinValue;
            }
            cluster.Add(c);
            clusterEnd = Math.Max(clusterEnd, c.End);
        }
        processes.Add(builder.Build(cluster));
        return processes;
    }

    /// <summary>The earliest stretch in which M has mediation ties with A and with B within the window of
    /// each other and of sustained enmity between A and B, if M passes the rules there; null otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TriangleCandidate? Match(TieIndex index, int m, int a, int b, SortedTies withA, SortedTies withB, SortedTies enmity)
    {
        var ties = withA.All;
        var numbersA = withA.Numbers;
        var numbersB = withB.Numbers;
        // Every pairing with a tie ta spans at most the reach below, and a wider span is near more hostile
        // events: too few near the reach means no pairing with ta can have enough.
        var reach = windowDays + withB.Longest;
        // withA's ties come in first-day order, so each search of enmity and withB starts where the last one ended.
        int enmityFrom = 0, fromB = 0;
        foreach (var numberA in numbersA)
        {
            ref readonly var ta = ref ties[numberA];
            var (firstA, lastA) = (ta.FirstDay, ta.LastDay);
            enmityFrom = enmity.StartOf(firstA - reach, windowDays, enmityFrom);
            if (!enmity.EventsAtLeast(enmityFrom, firstA - reach, lastA + reach, windowDays, MinHostileEvents)) continue;
            // withB.Near(firstA, lastA, windowDays) and the hostile events without allocating:
            // most probes find too few and are dropped.
            fromB = withB.StartOf(firstA, windowDays, fromB);
            for (var k = fromB; k < numbersB.Length && ties[numbersB[k]].FirstDay <= lastA + windowDays; k++)
            {
                ref readonly var tb = ref ties[numbersB[k]];
                if (!SortedTies.IsNear(in tb, firstA, lastA, windowDays)) continue;
                var start = Math.Min(firstA, tb.FirstDay);
                var end = Math.Max(lastA, tb.LastDay);
                if (!enmity.EventsAtLeast(enmity.StartOf(start, windowDays), start, end, windowDays, MinHostileEvents)) continue;
                // Events are not sightings: a burst of hostile rows from one article on one day is one report of a conflict.
                if (!enmity.SeenAtLeast(start, end, windowDays, MinHostileEvents, evidence)) continue;
                // The rules are checked before any list is made: most probes that get this far are rejected.
                if (Attacks(index, m, a, start, end) || Attacks(index, m, b, start, end)) return null;
                var directTalks = TieIndex.AnyNear(index.Talks, TieIndex.Pair(a, b), start, end, windowDays);
                if (directTalks && !withA.AnyNear(start, end, windowDays, RelationVocabulary.Mediates)
                    && !withB.AnyNear(start, end, windowDays, RelationVocabulary.Mediates)) return null;
                return new TriangleCandidate(
                    a, b, m,
                    [.. withA.Near(start, end, windowDays)],
                    [.. withB.Near(start, end, windowDays)],
                    [.. enmity.Near(start, end, windowDays)],
                    directTalks ? [.. TieIndex.Near(index.Talks, TieIndex.Pair(a, b), start, end, windowDays)] : []);
            }
        }
        return null;
    }

    private bool Attacks(TieIndex index, int m, int party, int start, int end) =>
        TieIndex.AnyNear(index.Attacks, TieIndex.Pair(m, party), start, end, windowDays);
}
