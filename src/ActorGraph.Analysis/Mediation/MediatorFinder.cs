using System.Collections.Immutable;
using ActorGraph.Analysis.Projection;
using ActorGraph.Analysis.Semantics;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Mediation;

/// <summary>Who mediates between two actors: reported mediators (current, then past with their dates and status),
/// mediators of inferred processes (kept apart), structural broker candidates, and actors involved in their own role,
/// each with a score, its components, a brokerage role, since when, and the evidence chain.</summary>
/// <remarks>
/// <para>Time (<see cref="TimeScope"/>): without an as-of date the whole record counts, and a process is current when it
/// holds at the latest date on record, past otherwise; with <see cref="MediatorQuery.AsOf"/> or
/// <see cref="MediatorQuery.Current"/> only processes known and valid at that date count.</para>
/// <para>Roll-up (<see cref="RollUp"/>): when the two actors asked share no process in scope, people, agencies and
/// delegations are taken for the actors they lead or belong to, nearest first, and the answer says so; failing that, a
/// state is taken as one of its government actors (<see cref="StateOrgans"/>: event data code PSE and PSEGOV apart).</para>
/// <para>Structural candidates are actors with sustained channels of contact to both sides (at least two sightings,
/// distinct sources or days, per side) and part of neither (no roll-up tie with a side, not of the country of a side that is a state), listed
/// only when the sides have no channel of their own <em>and</em> something to mediate (a hostile or coercive tie, or a
/// shared process), and never an actor hostile to either side. Involved actors are not mediators but open contact with
/// the mediators.</para>
/// <para>Cost: O(d(A) + d(B) + Σ d(m) over mediators + P) where d is the number of incident relations and P the
/// number of processes, plus, once per graph, the O(V + E) <see cref="SemanticIndex"/>. No projection is built.</para>
/// </remarks>
public static class MediatorFinder
{
    /// <summary>What the scores of each group measure.</summary>
    public const string ScoreNote =
        "Scores (0..1) rank within a group only. Reported, past and inferred: process confidence x (0.5 + 0.25 x (own tie to A + own tie to B)) x recency. "
        + "Structural: geometric mean of the tie strengths to A and B x recency. Involved: half its reach among the mediators x its strongest tie to them, "
        + "half its strongest tie to a side. Recency = 1 / (1 + 0.25 x years since the newest evidence); 1 for current or undated facts.";

    /// <summary>Finds mediators between <paramref name="first"/> and <paramref name="second"/> (actor ids; order does not matter).</summary>
    /// <param name="maxRollUpHeads">Actors a roll-up chain holds at most (<see cref="RollUp.MaxHeads"/>; smaller in tests).</param>
    /// <exception cref="ArgumentException">An id is unknown, or both are the same actor.</exception>
    public static MediationResult Find(ActorGraphData data, string first, string second, MediatorQuery? query = null, int maxRollUpHeads = RollUp.MaxHeads)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        query ??= new MediatorQuery();
        if (data.FindActor(first) is null) throw new ArgumentException($"unknown actor id '{first}'", nameof(first));
        if (data.FindActor(second) is null) throw new ArgumentException($"unknown actor id '{second}'", nameof(second));
        if (first == second) throw new ArgumentException("mediation needs two different actors", nameof(second));
        var index = SemanticIndex.Of(data);
        var scope = query.ToProjection().Scope;
        var (x, y, rolledUp, cutNote) = Pair(data, index, first, second, scope, maxRollUpHeads);
        var (a, b) = string.CompareOrdinal(x, y) < 0 ? (x, y) : (y, x);
        var ctx = new Context(data, query, a, b);

        var shared = Shared(data, index, a, b, scope);
        var reported = ReportedMediators.Build(ctx, shared.Where(p => !data.Processes[p].Inferred).ToList(), MediatorGroup.Explicit, MediatorGroup.Past);
        var explicitEntries = Rank(reported.Where(e => e.Group == MediatorGroup.Explicit), int.MaxValue);
        var past = Rank(reported.Where(e => e.Group == MediatorGroup.Past), int.MaxValue);
        var inferred = Rank(ReportedMediators.Build(ctx, shared.Where(p => data.Processes[p].Inferred).ToList(), MediatorGroup.Inferred, MediatorGroup.Inferred)
            .Where(e => reported.All(r => r.ActorId != e.ActorId)), int.MaxValue);

        var direct = ctx.CoopBetween(a, b);
        var opposed = shared.Count > 0 || ctx.AnyBetween(a, b).Any(r => r.Sign is RelationSign.Hostile or RelationSign.Coercive);
        var taken = new HashSet<string>(reported.Concat(inferred).Select(e => e.ActorId), StringComparer.Ordinal) { a, b };
        var structural = direct.Count == 0 && opposed ? Rank(CandidateMediators.Structural(ctx, taken), query.MaxCandidates) : [];
        foreach (var s in structural) taken.Add(s.ActorId);
        var mediators = explicitEntries.Length > 0 ? explicitEntries : past;
        var involved = Rank(CandidateMediators.Involved(ctx, [.. mediators.Select(e => e.ActorId)], taken), query.MaxCandidates);

        var directTies = direct.Select(r => TieEvidence.Of(r, data)).ToImmutableArray();
        var summary = Summary.Of(ctx, rolledUp, explicitEntries, past, inferred, structural, involved, direct, opposed, shared);
        return new MediationResult([a, b], query.AsOf, explicitEntries, structural, involved, directTies, opposed, summary,
            past, inferred, rolledUp, cutNote is null ? scope.Describe(index.LatestDate) : $"{scope.Describe(index.LatestDate)} {cutNote}", ScoreNote);
    }

    /// <summary>The pair to analyse: the actors asked, or, when they share no process in scope, the nearest pair of
    /// actors they answer for that does (fewest steps first, then the first actor's nearer heads, then chain order).</summary>
    /// <remarks>Walks the first chain's heads in order and, through the per-actor process lists of the
    /// <see cref="SemanticIndex"/>, the processes each is a party to: O(|chain A| + |chain B| + Σ parties of their
    /// processes), not one scan of every process per pair of heads (which took minutes when a chain reached a hub).
    /// Chains are capped (<see cref="RollUp.MaxHeads"/>); the note says so when a cut chain could have held a nearer pair
    /// (its left-out heads are at least as far as its farthest kept one).</remarks>
    private static (string A, string B, ImmutableArray<RollUpStep> Steps, string? CutNote) Pair(ActorGraphData data, SemanticIndex index, string first, string second, TimeScope scope, int maxHeads)
    {
        if (Shared(data, index, first, second, scope).Count > 0) return (first, second, [], null);
        var date = scope.FilterDate(index.LatestDate);
        var walkA = RollUp.Walk(data, first, date, maxHeads);
        var walkB = RollUp.Walk(data, second, date, maxHeads);
        var positionInB = new Dictionary<int, int>(walkB.Count);
        for (var j = 0; j < walkB.Count; j++) positionInB[walkB.ActorAt(j)] = j;
        var reference = scope.Reference(index.LatestDate);
        (int Total, int StepsA, int I, int J)? best = null;
        for (var i = 0; i < walkA.Count; i++)
        {
            var (headA, stepsA) = (walkA.IdAt(i), walkA.DepthAt(i));
            // Chains come nearest first: a head further away than the best pair's total cannot beat it.
            if (best is { } found && stepsA > found.Total) break;
            foreach (var p in index.PartyProcesses(walkA.ActorAt(i)))
            {
                if (!InScope(index, p, scope, reference)) continue;
                foreach (var party in data.Processes[p].Parties)
                {
                    if (party == headA || !positionInB.TryGetValue(data.IndexOf(party), out var j)) continue;
                    var total = stepsA + walkB.DepthAt(j);
                    if (total == 0) continue;
                    var candidate = (total, stepsA, i, j);
                    if (best is null || candidate.CompareTo(best.Value) < 0) best = candidate;
                }
            }
        }
        // A left-out head of A is at least as far as A's farthest kept one and after it in chain order, so it could only
        // win with a larger total; one of B could also win at the same total through A itself (fewer steps on A's side).
        var cutA = walkA.Cut && (best is not { } a || a.Total > walkA.FarthestSteps);
        var cutB = walkB.Cut && (best is not { } b || b.Total > walkB.FarthestSteps || (b.Total == walkB.FarthestSteps && b.StepsA > 0));
        var note = cutA ? RollUp.CutNote(data, first, maxHeads) : cutB ? RollUp.CutNote(data, second, maxHeads) : null;
        if (best is not { } pair) return ThroughGovernments(data, index, first, second, scope) is { } organs ? (organs.A, organs.B, organs.Steps, note) : (first, second, [], note);
        // Only the reported pair's steps are spelled out (the walks keep parent links, not text).
        return (walkA.IdAt(pair.I), walkB.IdAt(pair.J), walkA.StepsTo(pair.I).AddRange(walkB.StepsTo(pair.J)), note);
    }

    /// <summary>When neither roll-up finds a shared process: a state asked about taken as one of its government actors
    /// (<see cref="StateOrgans"/>), one side first, then both; null when that finds none either.</summary>
    private static (string A, string B, ImmutableArray<RollUpStep> Steps)? ThroughGovernments(ActorGraphData data, SemanticIndex index, string first, string second, TimeScope scope)
    {
        var ofFirst = StateOrgans.Of(data, first);
        var ofSecond = StateOrgans.Of(data, second);
        if (ofFirst.Length == 0 && ofSecond.Length == 0) return null;
        var pairs = ofFirst.Select(o => (o, second)).Concat(ofSecond.Select(o => (first, o)))
            .Concat(ofFirst.SelectMany(o => ofSecond.Select(p => (o, p))));
        foreach (var (x, y) in pairs)
        {
            if (x == y || Shared(data, index, x, y, scope).Count == 0) continue;
            var steps = ImmutableArray.CreateBuilder<RollUpStep>();
            if (x != first) steps.Add(StateOrgans.Step(data, first, x));
            if (y != second) steps.Add(StateOrgans.Step(data, second, y));
            return (x, y, steps.ToImmutable());
        }
        return null;
    }

    /// <summary>Processes with both actors as parties, in scope, in process order: known by the reference date; at a point
    /// in time, holding then. O(processes of a + processes of b) through the index's per-actor process lists.</summary>
    private static List<int> Shared(ActorGraphData data, SemanticIndex index, string a, string b, TimeScope scope)
    {
        var reference = scope.Reference(index.LatestDate);
        var ofA = index.PartyProcesses(data.IndexOf(a));
        var ofB = index.PartyProcesses(data.IndexOf(b));
        var result = new List<int>();
        for (int x = 0, y = 0; x < ofA.Length && y < ofB.Length;)
        {
            if (ofA[x] < ofB[y]) x++;
            else if (ofA[x] > ofB[y]) y++;
            else
            {
                if (InScope(index, ofA[x], scope, reference)) result.Add(ofA[x]);
                x++;
                y++;
            }
        }
        return result;
    }

    private static bool InScope(SemanticIndex index, int p, TimeScope scope, DateOnly? reference) =>
        scope.IsPointInTime ? index.ProcessHoldsAt(p, reference) : index.ProcessKnownAt(p, reference);

    private static ImmutableArray<MediatorEntry> Rank(IEnumerable<MediatorEntry> entries, int max) =>
        [.. entries.OrderByDescending(e => e.Score).ThenBy(e => e.ActorId, StringComparer.Ordinal).Take(max)];
}
