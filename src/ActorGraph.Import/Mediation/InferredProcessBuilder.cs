using System.Collections.Immutable;
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
        var start = cluster.Min(c => c.Start);
        var end = cluster.Max(c => c.End);
        var mediators = cluster.Select(c => c.Mediator).Distinct().OrderBy(idOf, StringComparer.Ordinal).ToList();
        var events = cluster.Sum(c => c.Events);
        var hostile = cluster.SelectMany(c => c.Enmity).Distinct().ToList();
        var talks = cluster.SelectMany(c => c.DirectTalks).Distinct().ToList();
        var explicitCode = cluster.Any(c => c.Explicit);

        var (status, outcomes, statusWhy, closed) = Status(a, b, start, end, mediators);
        if (status == ProcessStatus.Ongoing && cluster.TrueForAll(c => c.IntentOnly))
            (status, statusWhy) = (ProcessStatus.Proposed, "proposed: the mediation is an announced intent only, and no ceasefire, agreement or halt follows in the data");
        var oneSided = cluster.TrueForAll(c => c.OneSided);

        // Two events (one with each side) are the least a triangle needs: 0.3. Each further event adds 0.1
        // (up to four), an explicit "mediate" code 0.1, five or more hostile events 0.1; direct talks between
        // the parties take 0.2 off. Never above 0.8, because it is inferred.
        var confidence = 0.3 + (0.1 * Math.Min(4, events - 2)) + (explicitCode ? 0.1 : 0.0)
                         + (hostile.Sum(t => t.Count) >= 5 ? 0.1 : 0.0) - (talks.Count > 0 ? 0.2 : 0.0);
        // Mediation coded with one side only rests on the report's own account of the conflict: never above 0.3.
        confidence = Math.Clamp(confidence, 0.1, oneSided ? 0.3 : 0.8);

        var startDate = DateOnly.FromDayNumber(start);
        var id = string.Create(CultureInfo.InvariantCulture, $"inferred--{idOf(a)}--{idOf(b)}--{startDate:yyyyMMdd}");
        var name = $"{nameOf(a)} and {nameOf(b)} via {string.Join(", ", mediators.Select(nameOf))} (inferred from events{(oneSided ? "; mediation coded with one side" : "")})";
        var why = Why(cluster, a, b, hostile, talks, statusWhy);
        return new MediationProcess(
            id,
            name,
            [idOf(a), idOf(b)],
            [.. mediators.Select(idOf)],
            ["mediation"],
            status,
            new DateRange(startDate, closed is { } c ? DateOnly.FromDayNumber(c) : null),
            outcomes,
            [new Evidence(InferenceSource.Id, "triangle rule (docs/import.md)", why), .. StrongestEvidence(cluster)],
            Inferred: true,
            Confidence: Math.Round(confidence, 2));
    }

    private (ProcessStatus Status, ImmutableArray<ProcessOutcome> Outcomes, string Why, int? End) Status(int a, int b, int start, int end, List<int> mediators)
    {
        var pair = TieIndex.Pair(a, b);
        var firstSettlement = TieIndex.Near(index.Settlements, pair, start, end, windowDays)
            .Where(t => t.LastDay >= start).OrderBy(t => t.FirstDay).Select(t => (AggregatedTie?)t).FirstOrDefault();
        if (firstSettlement is { } settlement)
        {
            var agreed = new ProcessOutcome(DateOnly.FromDayNumber(settlement.FirstDay),
                $"{nameOf(a)} and {nameOf(b)}: {settlement.Mapping.Label} ({settlement.Count} event(s))", [.. settlement.Evidence.Take(3)]);
            var firstFighting = index.Attacks.TryGetValue(pair, out var attacks)
                ? attacks.From(settlement.LastDay + 1).Where(t => t.FirstDay > settlement.LastDay).OrderBy(t => t.FirstDay).Select(t => (AggregatedTie?)t).FirstOrDefault()
                : null;
            if (firstFighting is { } fighting)
            {
                var broken = new ProcessOutcome(DateOnly.FromDayNumber(fighting.FirstDay),
                    $"{nameOf(fighting.Source)} against {nameOf(fighting.Target)} after it: {fighting.Mapping.Label} ({fighting.Count} event(s))", [.. fighting.Evidence.Take(3)]);
                return (ProcessStatus.Collapsed, [agreed, broken],
                    $"collapsed: {settlement.Mapping.Label} on {Day(settlement.FirstDay)}, then {fighting.Mapping.Label} on {Day(fighting.FirstDay)}", fighting.FirstDay);
            }
            return (ProcessStatus.Agreed, [agreed], $"agreed: {settlement.Mapping.Label} on {Day(settlement.FirstDay)}, no fighting between them after it in the data", Math.Max(end, settlement.LastDay));
        }
        foreach (var m in mediators)
        {
            foreach (var party in new[] { a, b })
            {
                if (index.Halts.TryGetValue((m, party), out var halts) && halts.Near(start, end, windowDays).Where(t => t.FirstDay >= start).Select(t => (AggregatedTie?)t).FirstOrDefault() is { } halt)
                    return (ProcessStatus.Collapsed, [], $"collapsed: {nameOf(m)} halted mediation with {nameOf(party)} on {Day(halt.FirstDay)}", halt.FirstDay);
            }
        }
        return (ProcessStatus.Ongoing, [], "ongoing: no ceasefire, agreement or halt of mediation in the data", null);
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
    /// taken in turn from each mediator's ties with each side and from the parties' hostile events, so that
    /// no one mediator fills the list and the opposition the inference needs is shown too; one item per
    /// source (a story behind several ties is cited once).</summary>
    private static IEnumerable<Evidence> StrongestEvidence(List<TriangleCandidate> cluster)
    {
        // Each side's evidence is read lazily, tie by tie, as far as the turns reach: most sides give one or two items,
        // and reading every hostile tie's evidence records up front was ~2 % of a 1M-row import's CPU.
        var sides = cluster
            .SelectMany(c => new[] { c.WithA, c.WithB })
            .Append(cluster.SelectMany(c => c.Enmity).Distinct().ToList())
            .Select(side => side
                .OrderByDescending(t => t.Mapping.Kind == RelationVocabulary.Mediates)
                .ThenByDescending(t => t.Count)
                .ThenBy(t => t.FirstDay)
                .SelectMany(t => t.Evidence)
                .GetEnumerator())
            .ToList();
        var left = Enumerable.Repeat(true, sides.Count).ToArray();
        try
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var taken = 0;
            while (taken < MaxEvidence - 1 && left.Contains(true))
            {
                for (var i = 0; i < sides.Count; i++)
                {
                    while (left[i])
                    {
                        if (!sides[i].MoveNext())
                        {
                            left[i] = false;
                            break;
                        }
                        var e = sides[i].Current;
                        if (!seen.Add(e.SourceId)) continue;
                        yield return e;
                        taken++;
                        break;
                    }
                    if (taken >= MaxEvidence - 1) yield break;
                }
            }
        }
        finally
        {
            foreach (var side in sides) side.Dispose();
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
