using System.Runtime.CompilerServices;
using ActorGraph.Core.Model;
using ActorGraph.Import.Aggregation;

namespace ActorGraph.Import.Mediation;

/// <summary>Mediation that one report codes outright: the triangles the sustained-opposition rule cannot see
/// because the data carry no fighting between the parties, or carry the mediator with one of them only.</summary>
/// <remarks>
/// A report (one article URL, ICEWS story, PLOVER record) that codes an actor's explicit mediation (CAMEO 045, 039;
/// PLOVER mediation) with two parties says, in itself, that there is something between them to mediate: "Qatar's emir
/// launched a mediation effort between the Emirates and Saudi Arabia" has no hostile event in the data, yet it is
/// the mediator the data show. Assembled from separate reports the same two ties prove nothing (Qatar mediating
/// with Israel in one story and with the Taliban in another is no Israel–Taliban process), so the rule needs the
/// one report. A report that codes the mediation with one party and, in the same report, that party's hostility
/// with another ("a Catholic bishop mediates with Daniel Ortega"; Ortega and the opposition accuse each other)
/// makes a one-sided candidate for that pair: only the opponent(s) with the most hostile events in the report,
/// at most <see cref="MaxOpponents"/>, and never one the mediator is hostile to or already mediates with.
/// A mediator that attacks a party in that stretch is never a candidate (as for every triangle).
/// Cost: O(X · e) over the X explicit mediation ties with e kept evidence items each, plus, per tie, the hostile
/// ties of its counterpart within the window.
/// </remarks>
internal static class CoReportedTriangles
{
    /// <summary>Most opponents a one-sided mediation is paired with from one report.</summary>
    public const int MaxOpponents = 2;

    /// <summary>Candidates from explicit mediation co-reported by one source: two-sided first, then one-sided.</summary>
    public static List<TriangleCandidate> Find(TieIndex index, int windowDays, Func<int, string> idOf, ImportEvidenceTable evidence)
    {
        var byMediator = ExplicitTies(index);
        var found = new List<TriangleCandidate>();
        var seen = new HashSet<(int M, int A, int B)>();
        foreach (var (m, ties) in byMediator)
        {
            foreach (var (source, withSource) in BySource(ties, evidence))
            {
                var counterparts = withSource.Select(t => t.Target).Distinct().Order().ToList();
                for (var i = 0; i < counterparts.Count; i++)
                {
                    for (var j = i + 1; j < counterparts.Count; j++)
                    {
                        var (a, b) = Ordered(counterparts[i], counterparts[j], idOf);
                        if (!seen.Add((m, a, b))) continue;
                        var reported = withSource.Where(t => t.Target == a || t.Target == b).ToList();
                        if (Candidate(index, windowDays, m, a, b, reported, [], SourceIds.Format(source)) is { } c) found.Add(c);
                    }
                }
            }
        }
        var hostileOf = HostileNeighbours(index, byMediator, evidence);
        foreach (var (m, ties) in byMediator)
        {
            foreach (var tie in ties)
            {
                foreach (var (b, enmity, source) in Opponents(index, windowDays, m, tie, hostileOf, evidence))
                {
                    var (a, other) = Ordered(tie.Target, b, idOf);
                    if (!seen.Add((m, a, other))) continue;
                    if (Candidate(index, windowDays, m, a, other, [tie], enmity, source) is { } c) found.Add(c);
                }
            }
        }
        return found;
    }

    /// <summary>The triangle of <paramref name="m"/> between a and b around the co-reported ties, or null when m
    /// attacks either party in that stretch.</summary>
    private static TriangleCandidate? Candidate(TieIndex index, int window, int m, int a, int b,
        List<AggregatedTie> reported, List<AggregatedTie> reportedEnmity, string source)
    {
        var start = reported.Min(t => t.FirstDay);
        var end = reported.Max(t => t.LastDay);
        if (TieIndex.AnyNear(index.Attacks, TieIndex.Pair(m, a), start, end, window)
            || TieIndex.AnyNear(index.Attacks, TieIndex.Pair(m, b), start, end, window)) return null;
        var pair = TieIndex.Pair(a, b);
        var enmity = TieIndex.Near(index.Hostile, pair, start, end, window).Union(reportedEnmity).ToList();
        var withA = reported.Any(t => t.Target == a) ? TieIndex.Near(index.Mediation, (m, a), start, end, window).ToList() : [];
        var withB = reported.Any(t => t.Target == b) ? TieIndex.Near(index.Mediation, (m, b), start, end, window).ToList() : [];
        return new TriangleCandidate(a, b, m, withA, withB, enmity,
            [.. TieIndex.Near(index.Talks, pair, start, end, window)], source);
    }

    /// <summary>The opponents of the tie's counterpart that the tie's own report gives: hostile ties with it within
    /// the window citing one of the tie's sources, the opponents with the most such events first. The counterpart's
    /// hostile ties are looked up by source, so a hub with thousands of opponents costs only the ties its article cites.</summary>
    private static IEnumerable<(int Opponent, List<AggregatedTie> Enmity, string Source)> Opponents(
        TieIndex index, int window, int m, AggregatedTie tie, Dictionary<int, HostileOf> hostileOf, ImportEvidenceTable evidence)
    {
        var x = tie.Target;
        if (!hostileOf.TryGetValue(x, out var hostile)) return [];
        var sources = tie.SourceKeysIn(evidence).ToHashSet();
        var shared = new Dictionary<int, List<AggregatedTie>>();
        var items = hostile.Items;
        // Only the counterpart's hostile ties that cite one of the tie's own sources can qualify: look them up by source
        // (a hub has thousands of hostile ties near any day, an article a handful), then visit them in day order, each
        // once (positions sorted, repeats skipped: what a sorted set gave, without a tree and its generic code to compile).
        var citing = new List<int>();
        foreach (var source in sources) citing.AddRange(hostile.CitingSource(source));
        citing.Sort();
        for (var k = 0; k < citing.Count; k++)
        {
            var i = citing[k];
            if (k > 0 && citing[k - 1] == i) continue;
            var (y, number) = items[i];
            var h = hostile.Ties[number];
            if (y == m || h.FirstDay > tie.LastDay + window || !SortedTies.IsNear(h, tie.FirstDay, tie.LastDay, window)) continue;
            if (!shared.TryGetValue(y, out var list)) shared[y] = list = [];
            if (!list.Contains(h)) list.Add(h);
        }
        var found = new List<(int Opponent, List<AggregatedTie> Enmity, string Source, int Events)>();
        // Opponents in number order, as a sorted dictionary gave them.
        var opponents = new int[shared.Count];
        shared.Keys.CopyTo(opponents, 0);
        Array.Sort(opponents);
        foreach (var y in opponents)
        {
            var list = shared[y];
            // Hostile to the other side, or already in contact with it as a go-between: no one-sided reading.
            if (TieIndex.AnyNear(index.Hostile, TieIndex.Pair(m, y), tie.FirstDay, tie.LastDay, window)
                || TieIndex.AnyNear(index.Mediation, (m, y), tie.FirstDay, tie.LastDay, window)) continue;
            // Keys order as their ids do, so the least key is the ordinally first id.
            var source = SourceIds.Format(list.SelectMany(h => h.SourceKeysIn(evidence)).Where(sources.Contains).Min());
            found.Add((y, list, source, list.Sum(h => h.Count)));
        }
        if (found.Count == 0) return [];
        var most = found.Max(f => f.Events);
        return found.Where(f => f.Events == most).Take(MaxOpponents).Select(f => (f.Opponent, f.Enmity, f.Source));
    }

    /// <summary>Explicit mediation ties (kind mediates, the mediator as source) by mediator, mediators in number order.</summary>
    private static List<KeyValuePair<int, List<AggregatedTie>>> ExplicitTies(TieIndex index)
    {
        var byMediator = new Dictionary<int, List<AggregatedTie>>();
        foreach (var ((m, _), list) in index.Mediation)
        {
            foreach (var t in list.Items)
            {
                if (t.Mapping.Kind != RelationVocabulary.Mediates || t.Source != m) continue;
                if (!byMediator.TryGetValue(m, out var ties)) byMediator[m] = ties = [];
                ties.Add(t);
            }
        }
        foreach (var ties in byMediator.Values) ties.Sort((p, q) => p.FirstDay != q.FirstDay ? p.FirstDay.CompareTo(q.FirstDay) : p.Target.CompareTo(q.Target));
        return ByKey(byMediator);
    }

    /// <summary>A mediator's explicit ties grouped by the sources their evidence cites, sources in id order (a key's order).</summary>
    private static List<KeyValuePair<ulong, List<AggregatedTie>>> BySource(List<AggregatedTie> ties, ImportEvidenceTable evidence)
    {
        var bySource = new Dictionary<ulong, List<AggregatedTie>>();
        foreach (var t in ties)
        {
            foreach (var source in t.SourceKeysIn(evidence))
            {
                if (!bySource.TryGetValue(source, out var list)) bySource[source] = list = [];
                // Once per source and tie, as a distinct pass over the tie's sources gave: a repeat is this tie, last in the list.
                if (list.Count == 0 || !list[^1].Equals(t)) list.Add(t);
            }
        }
        return ByKey(bySource);
    }

    /// <summary>The entries of <paramref name="map"/> in key order: what a sorted dictionary enumerates, from a hash map
    /// and one sort (no tree per mediator and source, and none of its generic code to compile at run time).</summary>
    private static List<KeyValuePair<TKey, TValue>> ByKey<TKey, TValue>(Dictionary<TKey, TValue> map)
        where TKey : struct, IComparable<TKey>
    {
        var entries = new List<KeyValuePair<TKey, TValue>>(map);
        entries.Sort(static (p, q) => p.Key.CompareTo(q.Key));
        return entries;
    }

    /// <summary>For each counterpart of an explicit mediation tie, its hostile ties with their other end, by first day,
    /// indexed by the sources that explicit mediation ties cite (the only sources <see cref="Opponents"/> looks up).</summary>
    private static Dictionary<int, HostileOf> HostileNeighbours(TieIndex index, List<KeyValuePair<int, List<AggregatedTie>>> byMediator, ImportEvidenceTable evidence)
    {
        var wanted = byMediator.SelectMany(e => e.Value.Select(t => t.Target)).ToHashSet();
        // The index work is bounded by the mediation ties' sources: a hub's thousands of hostile ties are read, but only
        // those citing one of these sources are indexed (each hub used to index every source of every hostile tie).
        var cited = byMediator.SelectMany(e => e.Value.SelectMany(t => t.SourceKeysIn(evidence))).ToHashSet();
        var map = new Dictionary<int, HostileOf>();
        foreach (var ((x, y), ties) in index.Hostile)
        {
            if (wanted.Contains(x)) Add(x, y, ties);
            if (wanted.Contains(y)) Add(y, x, ties);
        }
        foreach (var h in map.Values) h.Sort();
        return map;

        void Add(int from, int to, SortedTies ties)
        {
            if (!map.TryGetValue(from, out var h)) map[from] = h = new HostileOf(ties.All, cited, evidence);
            foreach (var number in ties.Numbers) h.Add(to, number);
        }
    }

    /// <summary>One actor's hostile ties (with the other end: for a pair of states, the ties of their own actors) sorted
    /// by first day, with an index from source id to positions for the sources in <c>cited</c>.</summary>
    private sealed class HostileOf(AggregatedTie[] ties, HashSet<ulong> cited, ImportEvidenceTable evidence)
    {
        /// <summary>The other end and the tie's number in <see cref="Ties"/>.</summary>
        public List<(int Other, int Number)> Items { get; } = [];

        public AggregatedTie[] Ties => ties;

        private Dictionary<ulong, List<int>>? _bySource;

        public void Add(int other, int number) => Items.Add((other, number));

        public void Sort() => Items.Sort((p, q) => ties[p.Number].FirstDay != ties[q.Number].FirstDay
            ? ties[p.Number].FirstDay.CompareTo(ties[q.Number].FirstDay) : p.Other.CompareTo(q.Other));

        /// <summary>The positions in <see cref="Items"/> (after <see cref="Sort"/>) of the ties citing <paramref name="source"/>;
        /// the index is built on the first call, over the cited sources only (<paramref name="source"/> must be one).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public IReadOnlyList<int> CitingSource(ulong source)
        {
            if (_bySource is null)
            {
                _bySource = new Dictionary<ulong, List<int>>();
                for (var i = 0; i < Items.Count; i++)
                {
                    ref readonly var tie = ref ties[Items[i].Number];
                    var count = tie.Relation.EvidenceCount;
                    for (var j = 0; j < count; j++)
                    {
                        var s = evidence.SourceIdKeyOf(tie.Row, j);
                        if (!cited.Contains(s)) continue;
                        if (!_bySource.TryGetValue(s, out var positions)) _bySource[s] = positions = [];
                        if (positions.Count == 0 || positions[^1] != i) positions.Add(i);
                    }
                }
            }
            return _bySource.TryGetValue(source, out var found) ? found : [];
        }
    }

    private static (int, int) Ordered(int x, int y, Func<int, string> idOf) =>
        string.CompareOrdinal(idOf(x), idOf(y)) <= 0 ? (x, y) : (y, x);
}
