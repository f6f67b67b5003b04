using System.Collections.Immutable;
using System.Globalization;
using ActorGraph.Core.Model;
using ActorGraph.Import.Aggregation;
using ActorGraph.Import.Mapping;

namespace ActorGraph.Import.Mediation;

/// <summary>Rebuilds mediation triangles that event data flattens into pairs: when an actor M has
/// mediate or negotiate events with both A and B, A and B have a hostile tie, and all of it falls
/// within the triangle window, it proposes a <see cref="MediationProcess"/> (parties A and B,
/// mediator M), marked <see cref="MediationProcess.Inferred"/>.</summary>
/// <remarks>Triangles of the same pair of parties whose dates overlap (within the window) are merged
/// into one process with every mediator. Cost: O(T + Σ min(m(A), m(B))) over hostile pairs {A, B},
/// where m(X) is the number of actors with mediation ties to X, plus the matching of their ties.</remarks>
internal sealed class MediationTriangleFinder(int windowDays)
{
    private const int MaxEvidence = 10;

    private sealed record Candidate(int PartyA, int PartyB, int Mediator, int Start, int End, int Events, bool Explicit, IReadOnlyList<Evidence> Evidence);

    public IReadOnlyList<MediationProcess> Find(IReadOnlyList<AggregatedTie> ties, Func<int, string> idOf, Func<int, string> nameOf)
    {
        var hostile = new Dictionary<(int, int), SortedTies>();
        var ceasefires = new Dictionary<(int, int), List<AggregatedTie>>();
        var halts = new Dictionary<(int, int), List<AggregatedTie>>();
        // (mediator, counterpart) -> the mediation ties between them; counterpart -> its mediators.
        var mediation = new Dictionary<(int, int), SortedTies>();
        var mediatorsOf = new Dictionary<int, HashSet<int>>();
        foreach (var tie in ties)
        {
            var pair = Pair(tie.Source, tie.Target);
            if (tie.Mapping.Kind.Sign == RelationSign.Hostile) AddSorted(hostile, pair, tie);
            if (tie.Mapping == EventMappings.AgreesCeasefire) Add(ceasefires, pair, tie);
            if (tie.Mapping == EventMappings.HaltsMediation) Add(halts, (tie.Source, tie.Target), tie);
            if (!tie.Mapping.MediationSignal) continue;
            AddMediation(tie.Source, tie.Target, tie);
            // Negotiation is mutual: either side may be the go-between for a third party.
            if (!tie.Mapping.Kind.Directed) AddMediation(tie.Target, tie.Source, tie);
        }

        void AddMediation(int mediator, int counterpart, AggregatedTie tie)
        {
            AddSorted(mediation, (mediator, counterpart), tie);
            if (!mediatorsOf.TryGetValue(counterpart, out var set)) mediatorsOf[counterpart] = set = [];
            set.Add(mediator);
        }

        var processes = new List<MediationProcess>();
        foreach (var ((x, y), enmity) in hostile)
        {
            if (!mediatorsOf.TryGetValue(x, out var mx) || !mediatorsOf.TryGetValue(y, out var my)) continue;
            var (a, b) = string.CompareOrdinal(idOf(x), idOf(y)) <= 0 ? (x, y) : (y, x);
            var (small, large) = mx.Count <= my.Count ? (mx, my) : (my, mx);
            List<Candidate>? candidates = null;
            foreach (var m in small)
            {
                if (m == x || m == y || !large.Contains(m)) continue;
                if (Match(mediation[(m, a)], mediation[(m, b)], enmity) is not { } found) continue;
                (candidates ??= []).Add(new Candidate(a, b, m, found.Start, found.End, found.Events, found.Explicit, found.Evidence));
            }
            if (candidates is null) continue;

            candidates.Sort((p, q) => p.Start != q.Start ? p.Start.CompareTo(q.Start) : string.CompareOrdinal(idOf(p.Mediator), idOf(q.Mediator)));
            var cluster = new List<Candidate>();
            var clusterEnd = int.MinValue;
            foreach (var c in candidates)
            {
                if (cluster.Count > 0 && c.Start > clusterEnd + windowDays)
                {
                    processes.Add(ToProcess(cluster, ceasefires, halts, idOf, nameOf));
                    cluster = [];
                    clusterEnd = int.MinValue;
                }
                cluster.Add(c);
                clusterEnd = Math.Max(clusterEnd, c.End);
            }
            processes.Add(ToProcess(cluster, ceasefires, halts, idOf, nameOf));
        }
        processes.Sort((p, q) => string.CompareOrdinal(p.Id, q.Id));
        return processes;
    }

    /// <summary>The earliest pair of mediation ties with A and with B that lie within the window of each
    /// other and of a hostile tie between A and B, widened to every mediation tie with A or B near it;
    /// null when there is none. Lists are sorted by first day, so each probe is a binary search.</summary>
    private (int Start, int End, int Events, bool Explicit, IReadOnlyList<Evidence> Evidence)? Match(
        SortedTies withA, SortedTies withB, SortedTies enmity)
    {
        foreach (var ta in withA.Items)
        {
            foreach (var tb in withB.Near(ta.FirstDay, ta.LastDay, windowDays))
            {
                var start = Math.Min(ta.FirstDay, tb.FirstDay);
                var end = Math.Max(ta.LastDay, tb.LastDay);
                if (!enmity.Near(start, end, windowDays).Any()) continue;
                var near = withA.Near(start, end, windowDays).Concat(withB.Near(start, end, windowDays)).ToList();
                return (near.Min(t => t.FirstDay), near.Max(t => t.LastDay), near.Sum(t => t.Count),
                    near.Any(t => t.Mapping.Kind == RelationVocabulary.Mediates),
                    [.. near.SelectMany(t => t.Evidence)]);
            }
        }
        return null;
    }

    /// <summary>Ties sorted by first day, with the longest span, for window probes.</summary>
    private sealed class SortedTies
    {
        private readonly List<AggregatedTie> _items = [];
        private int _longest;
        private bool _sorted;

        public List<AggregatedTie> Items
        {
            get
            {
                if (!_sorted)
                {
                    _items.Sort((x, y) => x.FirstDay.CompareTo(y.FirstDay));
                    _sorted = true;
                }
                return _items;
            }
        }

        public void Add(AggregatedTie tie)
        {
            _items.Add(tie);
            _longest = Math.Max(_longest, tie.LastDay - tie.FirstDay);
            _sorted = false;
        }

        /// <summary>Ties whose days come within <paramref name="window"/> days of [first, last].</summary>
        public IEnumerable<AggregatedTie> Near(int first, int last, int window)
        {
            var items = Items;
            var lo = 0;
            var hi = items.Count;
            var from = first - window - _longest;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (items[mid].FirstDay < from) lo = mid + 1; else hi = mid;
            }
            for (var i = lo; i < items.Count && items[i].FirstDay <= last + window; i++)
            {
                if (Gap(items[i].FirstDay, items[i].LastDay, first, last) <= window) yield return items[i];
            }
        }
    }

    private MediationProcess ToProcess(
        List<Candidate> cluster,
        Dictionary<(int, int), List<AggregatedTie>> ceasefires,
        Dictionary<(int, int), List<AggregatedTie>> halts,
        Func<int, string> idOf,
        Func<int, string> nameOf)
    {
        var a = cluster[0].PartyA;
        var b = cluster[0].PartyB;
        var start = cluster.Min(c => c.Start);
        var end = cluster.Max(c => c.End);
        var mediators = cluster.Select(c => c.Mediator).Distinct().OrderBy(idOf, StringComparer.Ordinal).ToList();
        var events = cluster.Sum(c => c.Events);

        var agreed = ceasefires.TryGetValue(Pair(a, b), out var cf) && cf.Any(t => t.LastDay >= start && t.FirstDay <= end + windowDays);
        var halted = mediators.Any(m => HaltedWith(halts, m, a, start, end) || HaltedWith(halts, m, b, start, end));
        var status = agreed ? ProcessStatus.Agreed : halted ? ProcessStatus.Collapsed : ProcessStatus.Ongoing;

        // Two events (one with each side) are the least a triangle needs: 0.3. Each further event adds 0.1
        // (up to four), an explicit "mediate" code adds 0.1; never above 0.8, because it is inferred.
        var confidence = Math.Min(0.8, 0.3 + (0.1 * Math.Min(4, events - 2)) + (cluster.Any(c => c.Explicit) ? 0.1 : 0.0));
        var startDate = DateOnly.FromDayNumber(start);
        var id = $"inferred--{idOf(a)}--{idOf(b)}--{startDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}";
        var name = $"{nameOf(a)} and {nameOf(b)} via {string.Join(", ", mediators.Select(nameOf))} (inferred from events)";
        var evidence = cluster.SelectMany(c => c.Evidence).Distinct().Take(MaxEvidence).ToImmutableArray();
        return new MediationProcess(
            id,
            name,
            [idOf(a), idOf(b)],
            [.. mediators.Select(idOf)],
            ["mediation"],
            status,
            new DateRange(startDate, status == ProcessStatus.Ongoing ? null : DateOnly.FromDayNumber(end)),
            [],
            evidence,
            Inferred: true,
            Confidence: Math.Round(confidence, 2));
    }

    private bool HaltedWith(Dictionary<(int, int), List<AggregatedTie>> halts, int mediator, int party, int start, int end) =>
        halts.TryGetValue((mediator, party), out var list) && list.Any(t => t.FirstDay >= start && t.FirstDay <= end + windowDays);

    private static int Gap(int firstA, int lastA, int firstB, int lastB) =>
        Math.Max(0, Math.Max(firstA, firstB) - Math.Min(lastA, lastB));

    private static (int, int) Pair(int x, int y) => x <= y ? (x, y) : (y, x);

    private static void AddSorted(Dictionary<(int, int), SortedTies> map, (int, int) key, AggregatedTie tie)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = new SortedTies();
        list.Add(tie);
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(value);
    }
}
