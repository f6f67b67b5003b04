using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Globalization;
using System.Text;
using ActorGraph.Core.Model;
using ActorGraph.Import.Aggregation;
using ActorGraph.Import.Mapping;

namespace ActorGraph.Import.Mediation;

/// <summary>Turns a cluster of triangle candidates (one pair of parties, overlapping dates) into an inferred
/// process: status from what followed (a ceasefire or agreement → agreed; fighting after it, or a halt of
/// mediation → collapsed), confidence from the evidence, and a first evidence note that says why.</summary>
internal sealed class InferredProcessBuilder(TieIndex index, int windowDays, Func<int, string> idOf, Func<int, string> nameOf)
{
    private const int MaxEvidence = 10;

    public MediationProcess Build(List<TriangleCandidate> cluster)
    {
        var a = cluster[0].PartyA;
        var b = cluster[0].PartyB;
        // Plain loops, not LINQ: each LINQ operator over the tie struct is a generic instantiation the JIT compiles (and
        // recompiles as it tiers up) on every import, for a few thousand clusters.
        var start = int.MaxValue;
        var end = int.MinValue;
        var events = 0;
        var explicitCode = false;
        var mediators = new List<int>(cluster.Count);
        foreach (var candidate in cluster)
        {
            start = Math.Min(start, candidate.Start);
            end = Math.Max(end, candidate.End);
            events = checked(events + candidate.Events);
            explicitCode |= candidate.Explicit;
            if (!mediators.Contains(candidate.Mediator)) mediators.Add(candidate.Mediator);
        }
        // By id, equal ids keeping their order (as OrderBy did).
        var ids = new string[mediators.Count];
        for (var i = 0; i < ids.Length; i++) ids[i] = idOf(mediators[i]);
        var order = new int[ids.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (x, y) => string.CompareOrdinal(ids[x], ids[y]) is var byId && byId != 0 ? byId : x.CompareTo(y));
        var unsorted = mediators;
        mediators = new List<int>(order.Length);
        foreach (var i in order) mediators.Add(unsorted[i]);
        var hostile = DistinctTies(cluster, static c => c.Enmity);
        var talks = DistinctTies(cluster, static c => c.DirectTalks);

        var (status, outcomes, statusWhy, closed) = Status(a, b, start, end, mediators);
        if (status == ProcessStatus.Ongoing && cluster.TrueForAll(c => c.IntentOnly))
            (status, statusWhy) = (ProcessStatus.Proposed, "proposed: the mediation is an announced intent only, and no ceasefire, agreement or halt follows in the data");
        var oneSided = cluster.TrueForAll(c => c.OneSided);

        // Two events (one with each side) are the least a triangle needs: 0.3. Each further event adds 0.1
        // (up to four), an explicit "mediate" code 0.1, five or more hostile events 0.1; direct talks between
        // the parties take 0.2 off. Never above 0.8, because it is inferred.
        var confidence = 0.3 + (0.1 * Math.Min(4, events - 2)) + (explicitCode ? 0.1 : 0.0)
                         + (Count(hostile) >= 5 ? 0.1 : 0.0) - (talks.Count > 0 ? 0.2 : 0.0);
        // Mediation coded with one side only rests on the report's own account of the conflict: never above 0.3.
        confidence = Math.Clamp(confidence, 0.1, oneSided ? 0.3 : 0.8);

        var startDate = DateOnly.FromDayNumber(start);
        var id = string.Create(CultureInfo.InvariantCulture, $"inferred--{idOf(a)}--{idOf(b)}--{startDate:yyyyMMdd}");
        var mediatorNames = new string[mediators.Count];
        var mediatorIds = new string[mediators.Count];
        for (var i = 0; i < mediators.Count; i++)
        {
            mediatorNames[i] = nameOf(mediators[i]);
            mediatorIds[i] = idOf(mediators[i]);
        }
        var name = $"{nameOf(a)} and {nameOf(b)} via {string.Join(", ", mediatorNames)} (inferred from events{(oneSided ? "; mediation coded with one side" : "")})";
        var why = Why(cluster, a, b, hostile, talks, statusWhy);
        return new MediationProcess(
            id,
            name,
            [idOf(a), idOf(b)],
            ImmutableCollectionsMarshal.AsImmutableArray(mediatorIds),
            ["mediation"],
            status,
            new DateRange(startDate, closed is { } c ? DateOnly.FromDayNumber(c) : null),
            outcomes,
            [new Evidence(InferenceSource.Id, "triangle rule (docs/import.md)", why), .. StrongestEvidence(cluster, hostile)],
            Inferred: true,
            Confidence: Math.Round(confidence, 2));
    }

    private (ProcessStatus Status, ImmutableArray<ProcessOutcome> Outcomes, string Why, int? End) Status(int a, int b, int start, int end, List<int> mediators)
    {
        var pair = TieIndex.Pair(a, b);
        // The settlement near the span that starts first (the first found of those starting on that day) and lasts into it.
        AggregatedTie? firstSettlement = null;
        foreach (var t in TieIndex.Near(index.Settlements, pair, start, end, windowDays))
        {
            if (t.LastDay >= start && (firstSettlement is not { } best || t.FirstDay < best.FirstDay)) firstSettlement = t;
        }
        if (firstSettlement is { } settlement)
        {
            var agreed = new ProcessOutcome(DateOnly.FromDayNumber(settlement.FirstDay),
                $"{nameOf(a)} and {nameOf(b)}: {settlement.Mapping.Label} ({settlement.Count} event(s))", FirstEvidence(settlement, 3));
            // The first attack after the settlement (ties in first-day order: the first one past its last day).
            AggregatedTie? firstFighting = null;
            if (index.Attacks.TryGetValue(pair, out var attacks))
            {
                var all = attacks.All;
                foreach (var number in attacks.Numbers)
                {
                    ref readonly var t = ref all[number];
                    if (t.LastDay >= settlement.LastDay + 1 && t.FirstDay > settlement.LastDay
                        && (firstFighting is not { } best || t.FirstDay < best.FirstDay)) firstFighting = t;
                }
            }
            if (firstFighting is { } fighting)
            {
                var broken = new ProcessOutcome(DateOnly.FromDayNumber(fighting.FirstDay),
                    $"{nameOf(fighting.Source)} against {nameOf(fighting.Target)} after it: {fighting.Mapping.Label} ({fighting.Count} event(s))", FirstEvidence(fighting, 3));
                return (ProcessStatus.Collapsed, [agreed, broken],
                    $"collapsed: {settlement.Mapping.Label} on {Day(settlement.FirstDay)}, then {fighting.Mapping.Label} on {Day(fighting.FirstDay)}", fighting.FirstDay);
            }
            return (ProcessStatus.Agreed, [agreed], $"agreed: {settlement.Mapping.Label} on {Day(settlement.FirstDay)}, no fighting between them after it in the data", Math.Max(end, settlement.LastDay));
        }
        foreach (var m in mediators)
        {
            for (var side = 0; side < 2; side++)
            {
                var party = side == 0 ? a : b;
                if (!index.Halts.TryGetValue((m, party), out var halts)) continue;
                foreach (var halt in halts.Near(start, end, windowDays))
                {
                    if (halt.FirstDay >= start)
                        return (ProcessStatus.Collapsed, [], $"collapsed: {nameOf(m)} halted mediation with {nameOf(party)} on {Day(halt.FirstDay)}", halt.FirstDay);
                }
            }
        }
        return (ProcessStatus.Ongoing, [], "ongoing: no ceasefire, agreement or halt of mediation in the data", null);
    }

    /// <summary>The first <paramref name="n"/> evidence items of a tie.</summary>
    private static ImmutableArray<Evidence> FirstEvidence(in AggregatedTie tie, int n)
    {
        var evidence = tie.Relation.Evidence;
        return evidence.Length <= n ? evidence : ImmutableArray.Create(evidence, 0, n);
    }

    /// <summary>The ties <paramref name="of"/> the candidates give, each once, in the order first met (a tie is one row of
    /// the import's relations: <see cref="AggregatedTie.Equals(AggregatedTie)"/> compares the row and its relation).</summary>
    private static List<AggregatedTie> DistinctTies(List<TriangleCandidate> cluster, Func<TriangleCandidate, IReadOnlyList<AggregatedTie>> of)
    {
        var ties = new List<AggregatedTie>();
        var rows = new HashSet<int>();
        foreach (var c in cluster)
        {
            var list = of(c);
            for (var i = 0; i < list.Count; i++)
            {
                if (rows.Add(list[i].Row)) ties.Add(list[i]);
            }
        }
        return ties;
    }

    // One builder per thread (processes are built over the cores), reused: the note is the longest string of a process.
    [ThreadStatic] private static StringBuilder? t_why;

    private string Why(List<TriangleCandidate> cluster, int a, int b, List<AggregatedTie> hostile, List<AggregatedTie> talks, string statusWhy)
    {
        var sb = t_why ??= new StringBuilder(1024);
        sb.Clear().Append("Inferred from event data, not reported as mediation: ");
        var inv = CultureInfo.InvariantCulture;
        foreach (var c in cluster)
        {
            // A candidate's Events, Start and End are the count and span of its ties with both sides.
            if (c.OneSided)
            {
                var (side, other) = c.WithA.Count > 0 ? (a, b) : (b, a);
                sb.Append(inv, $"{nameOf(c.Mediator)} had {c.Events} explicit mediation event(s) with {nameOf(side)} (");
                AppendSpan(sb, c.Start, c.End);
                sb.Append(inv, $") and none with {nameOf(other)}; the same report ({c.CoReportedBy}, cited below) codes hostility between {nameOf(side)} and {nameOf(other)}, so the mediation is read as between them, with one side only in the data; ");
                continue;
            }
            sb.Append(inv, $"{nameOf(c.Mediator)} had {Count(c.WithA)} mediation or negotiation event(s) with {nameOf(a)} and {Count(c.WithB)} with {nameOf(b)} (");
            AppendSpan(sb, c.Start, c.End);
            sb.Append(c.Explicit ? ", explicit 'mediate' codes" : ", negotiation only");
            if (c.CoReportedBy is { } s) sb.Append(", both in one report (").Append(s).Append(", cited below)");
            sb.Append("); ");
        }
        if (hostile.Count == 0)
        {
            sb.Append(inv, $"no hostile event between {nameOf(a)} and {nameOf(b)} in the data: the report's own mediation codes are the evidence; ");
        }
        else
        {
            sb.Append(inv, $"{nameOf(a)} and {nameOf(b)} had {Count(hostile)} hostile event(s) (");
            AppendSpan(sb, hostile);
            sb.Append("); ");
        }
        if (talks.Count == 0)
        {
            sb.Append("no direct talks between them in that time; ");
        }
        else
        {
            sb.Append(inv, $"they also talked directly ({Count(talks)} event(s), ");
            AppendSpan(sb, talks);
            sb.Append("), which weakens the inference; ");
        }
        sb.Append(statusWhy).Append('.');
        return sb.ToString();
    }

    /// <summary>The events behind the triangle, strongest first (explicit mediation, then the most events),
    /// taken in turn from each mediator's ties with each side and from the parties' hostile events
    /// (<paramref name="hostile"/>: each hostile tie of the cluster once), so that
    /// no one mediator fills the list and the opposition the inference needs is shown too; one item per
    /// source (a story behind several ties is cited once).</summary>
    private static List<Evidence> StrongestEvidence(List<TriangleCandidate> cluster, List<AggregatedTie> hostile)
    {
        // Each side's evidence is read lazily, tie by tie, as far as the turns reach: most sides give one or two items,
        // and reading every hostile tie's evidence records up front was ~2 % of a 1M-row import's CPU.
        var sides = new List<Side>(2 * cluster.Count + 1);
        foreach (var c in cluster)
        {
            sides.Add(new Side(c.WithA));
            sides.Add(new Side(c.WithB));
        }
        sides.Add(new Side(hostile));
        var taken = new List<Evidence>(MaxEvidence - 1);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var left = sides.Count;
        while (taken.Count < MaxEvidence - 1 && left > 0)
        {
            foreach (var side in sides)
            {
                while (!side.Done)
                {
                    if (side.Next() is not { } e)
                    {
                        left--;
                        break;
                    }
                    if (!seen.Add(e.SourceId)) continue;
                    taken.Add(e);
                    break;
                }
                if (taken.Count >= MaxEvidence - 1) return taken;
            }
        }
        return taken;
    }

    /// <summary>One side's ties, strongest first (explicit mediation, then the most events, then the earliest; ties
    /// equal on all three keep their order), and a cursor over their evidence, each tie's read when reached.</summary>
    private sealed class Side
    {
        private readonly IReadOnlyList<AggregatedTie> _ties;
        private int[]? _order;
        private int _next;
        private ImmutableArray<Evidence> _evidence = [];
        private int _at;

        public Side(IReadOnlyList<AggregatedTie> ties) => _ties = ties;

        public bool Done { get; private set; }

        /// <summary>The next evidence item, or null (and <see cref="Done"/>) when the side has none left.</summary>
        public Evidence? Next()
        {
            _order ??= Order(_ties);
            while (_at == _evidence.Length)
            {
                if (_next == _order.Length)
                {
                    Done = true;
                    return null;
                }
                _evidence = _ties[_order[_next++]].Relation.Evidence;
                _at = 0;
            }
            return _evidence[_at++];
        }

        // A stable sort: the position breaks ties, as LINQ's OrderBy keeps equal keys in order.
        private static int[] Order(IReadOnlyList<AggregatedTie> ties)
        {
            var order = new int[ties.Count];
            for (var i = 0; i < order.Length; i++) order[i] = i;
            Array.Sort(order, (x, y) =>
            {
                var tx = ties[x];
                var ty = ties[y];
                var c = (ty.Mapping.Kind == RelationVocabulary.Mediates).CompareTo(tx.Mapping.Kind == RelationVocabulary.Mediates);
                if (c == 0) c = ty.Count.CompareTo(tx.Count);
                if (c == 0) c = tx.FirstDay.CompareTo(ty.FirstDay);
                return c != 0 ? c : x.CompareTo(y);
            });
            return order;
        }
    }

    private static int Count(IReadOnlyList<AggregatedTie> ties)
    {
        var n = 0;
        for (var i = 0; i < ties.Count; i++) n += ties[i].Count;
        return n;
    }

    private static void AppendSpan(StringBuilder sb, IReadOnlyList<AggregatedTie> ties)
    {
        var first = int.MaxValue;
        var last = int.MinValue;
        for (var i = 0; i < ties.Count; i++)
        {
            first = Math.Min(first, ties[i].FirstDay);
            last = Math.Max(last, ties[i].LastDay);
        }
        AppendSpan(sb, first, last);
    }

    private static void AppendSpan(StringBuilder sb, int first, int last)
    {
        var inv = CultureInfo.InvariantCulture;
        sb.Append(inv, $"{DateOnly.FromDayNumber(first):yyyy-MM-dd}");
        if (first != last) sb.Append(inv, $" to {DateOnly.FromDayNumber(last):yyyy-MM-dd}");
    }

    private static string Day(int day) => DateOnly.FromDayNumber(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
