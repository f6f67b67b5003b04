using System.Collections.Immutable;
using ActorGraph.Analysis.Projection;
using ActorGraph.Core.Model;
using ActorGraph.Core.Text;

namespace ActorGraph.Analysis.Mediation;

/// <summary>Who mediates between two actors: reported (explicit) mediators, structural broker candidates, and actors
/// involved in their own role, each with a score, its components, a brokerage role and the evidence chain.</summary>
/// <remarks>
/// <para>Explicit mediators are the mediators of processes current at the as-of date in which both actors are parties.</para>
/// <para>Structural candidates are actors with admitted cooperative ties to both sides, listed only when the sides have no
/// cooperative tie of their own <em>and</em> something to mediate (a hostile or coercive tie, or a shared process):
/// two actors that merely both know a third are not in need of a mediator, and listing one would invent mediation.</para>
/// <para>Involved actors are not mediators but have cooperative ties of their own making (undirected kinds, or directed
/// ones with the actor as source) to the explicit mediators (two or more of them, or one plus a tie of any non-hostile
/// kind, even hoped for, to a side): e.g. a power that engages the mediators and is hoped to press a party.</para>
/// <para>Cost: O(d(A) + d(B) + Σ d(m) over explicit mediators + P) where d is the number of incident relations and P the
/// number of processes, plus, once per graph, an O(E) scan for the latest date (the recency reference without an as-of date). No projection is built.</para>
/// </remarks>
public static class MediatorFinder
{
    /// <summary>Finds mediators between <paramref name="first"/> and <paramref name="second"/> (actor ids; order does not matter).</summary>
    /// <exception cref="ArgumentException">An id is unknown, or both are the same actor.</exception>
    public static MediationResult Find(ActorGraphData data, string first, string second, MediatorQuery? query = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        query ??= new MediatorQuery();
        if (data.FindActor(first) is null) throw new ArgumentException($"unknown actor id '{first}'", nameof(first));
        if (data.FindActor(second) is null) throw new ArgumentException($"unknown actor id '{second}'", nameof(second));
        if (first == second) throw new ArgumentException("mediation needs two different actors", nameof(second));
        var (a, b) = string.CompareOrdinal(first, second) < 0 ? (first, second) : (second, first);
        var ctx = new Context(data, query, a, b);

        var direct = ctx.CoopTies(a).TryGetValue(b, out var directList) ? directList : [];
        var shared = data.ProcessesOf(a).Where(p => p.Parties.Contains(a) && p.Parties.Contains(b) && AsOf.IsCurrent(p, query.AsOf)).ToList();
        var opposed = shared.Count > 0 || (ctx.AnyTies(a).TryGetValue(b, out var between) && between.Any(r => r.Sign is RelationSign.Hostile or RelationSign.Coercive));

        var explicitEntries = Explicit(ctx, shared);
        var taken = new HashSet<string>(explicitEntries.Select(e => e.ActorId), StringComparer.Ordinal) { a, b };
        var structural = direct.Count == 0 && opposed ? Structural(ctx, taken) : [];
        foreach (var s in structural) taken.Add(s.ActorId);
        var involved = Involved(ctx, explicitEntries.Select(e => e.ActorId).ToList(), taken);

        var directTies = direct.Select(r => TieEvidence.Of(r, data)).ToImmutableArray();
        return new MediationResult([a, b], query.AsOf, explicitEntries, structural, involved, directTies, opposed,
            Summarise(ctx, explicitEntries, structural, involved, direct, opposed, shared));
    }

    private static ImmutableArray<MediatorEntry> Explicit(Context ctx, List<MediationProcess> shared)
    {
        var byMediator = new Dictionary<string, List<MediationProcess>>(StringComparer.Ordinal);
        foreach (var p in shared)
        {
            foreach (var m in p.Mediators.Distinct(StringComparer.Ordinal))
            {
                if (m == ctx.A || m == ctx.B || ctx.Data.FindActor(m) is null) continue;
                if (!byMediator.TryGetValue(m, out var list)) byMediator[m] = list = [];
                list.Add(p);
            }
        }
        var entries = new List<MediatorEntry>();
        foreach (var (m, processes) in byMediator)
        {
            var ties = ctx.TiesToSides(m);
            var sides = ctx.SideStrengths(ties);
            var best = processes.MaxBy(p => p.Confidence)!;
            var age = processes.Select(p => (double?)DistanceModel.AgeYears(p.When, ctx.Reference)).Min();
            var recency = ctx.RecencyFactor(processes.Any(p => p.When.Start is not null || p.When.End is not null) ? age : null);
            var score = best.Confidence * (0.5 + 0.25 * (sides[0].Strength + sides[1].Strength)) * recency;
            var evidence = processes.Sum(p => p.Evidence.Length) + ties.Sum(r => r.Evidence.Length);
            var (role, basis) = ctx.Role(m);
            var description = string.Join("; ", processes.Select(p => $"mediator of {p.Name} ({EnumText.Name(p.Status)}{Dates(p.When)})"));
            entries.Add(new MediatorEntry(m, ctx.Name(m), MediatorGroup.Explicit, Math.Round(score, 4),
                new ScoreComponents(sides, best.Confidence, evidence, Dated(processes.Select(p => p.When)) ? age : null, recency),
                role, basis, description,
                [.. processes.Select(p => new ProcessRef(p.Id, p.Name, p.Status, p.When, p.Confidence, EvidenceItem.Of(p.Evidence, ctx.Data)))],
                [.. ties.Select(r => TieEvidence.Of(r, ctx.Data))]));
        }
        return Rank(entries, int.MaxValue);
    }

    private static ImmutableArray<MediatorEntry> Structural(Context ctx, HashSet<string> taken)
    {
        var tiesA = ctx.CoopTies(ctx.A);
        var tiesB = ctx.CoopTies(ctx.B);
        var entries = new List<MediatorEntry>();
        foreach (var (m, toA) in tiesA)
        {
            if (taken.Contains(m) || !tiesB.TryGetValue(m, out var toB)) continue;
            var ties = toA.Concat(toB).ToList();
            var sides = ctx.SideStrengths(ties);
            var age = ties.Select(r => (double?)DistanceModel.AgeYears(r.When, ctx.Reference)).Min();
            var dated = Dated(ties.Select(r => r.When));
            var recency = ctx.RecencyFactor(dated ? age : null);
            var score = Math.Sqrt(sides[0].Strength * sides[1].Strength) * recency;
            var (role, basis) = ctx.Role(m);
            entries.Add(new MediatorEntry(m, ctx.Name(m), MediatorGroup.StructuralCandidate, Math.Round(score, 4),
                new ScoreComponents(sides, ties.Average(r => r.Confidence), ties.Sum(r => r.Evidence.Length), dated ? age : null, recency),
                role, basis, $"cooperative ties to both {ctx.Name(ctx.A)} and {ctx.Name(ctx.B)}: a candidate, not a reported mediator",
                [], [.. ties.Select(r => TieEvidence.Of(r, ctx.Data))]));
        }
        return Rank(entries, ctx.Query.MaxCandidates);
    }

    private static ImmutableArray<MediatorEntry> Involved(Context ctx, List<string> mediators, HashSet<string> taken)
    {
        if (mediators.Count == 0) return [];
        var mediatorSet = mediators.ToHashSet(StringComparer.Ordinal);
        var viaMediators = new Dictionary<string, List<Relation>>(StringComparer.Ordinal);
        foreach (var m in mediators)
        {
            foreach (var (x, ties) in ctx.CoopTies(m))
            {
                if (taken.Contains(x) || mediatorSet.Contains(x)) continue;
                // Only ties x initiates (or mutual ones) make x part of the effort: being engaged by a mediator
                // (for its own, other business) does not.
                var own = ties.Where(r => !r.Kind.Directed || r.Source == x).ToList();
                if (own.Count == 0) continue;
                if (!viaMediators.TryGetValue(x, out var list)) viaMediators[x] = list = [];
                list.AddRange(own);
            }
        }
        var entries = new List<MediatorEntry>();
        foreach (var (x, mediatorTies) in viaMediators)
        {
            var reached = mediatorTies.Select(r => r.Source == x ? r.Target : r.Source).Distinct(StringComparer.Ordinal).Count();
            var sideTies = new List<Relation>();
            foreach (var side in new[] { ctx.A, ctx.B })
            {
                if (ctx.AnyTies(side).TryGetValue(x, out var list)) sideTies.AddRange(list.Where(r => r.Sign != RelationSign.Hostile));
            }
            if (reached < 2 && sideTies.Count == 0) continue;
            var all = mediatorTies.Concat(sideTies).ToList();
            var reach = (double)reached / mediators.Count;
            var score = 0.5 * reach * mediatorTies.Max(DistanceModel.StrengthOf) + 0.5 * (sideTies.Count == 0 ? 0 : sideTies.Max(DistanceModel.StrengthOf));
            var roles = new List<string> { "engages-mediators" };
            if (sideTies.Any(r => r.Sign == RelationSign.Coercive)) roles.Add("presses-a-side");
            else if (sideTies.Count > 0) roles.Add("tied-to-a-side");
            var dated = Dated(all.Select(r => r.When));
            var age = all.Select(r => (double?)DistanceModel.AgeYears(r.When, ctx.Reference)).Min();
            var recency = ctx.RecencyFactor(dated ? age : null);
            entries.Add(new MediatorEntry(x, ctx.Name(x), MediatorGroup.Involved, Math.Round(score * recency, 4),
                new ScoreComponents(ctx.SideStrengths(sideTies), all.Average(r => r.Confidence), all.Sum(r => r.Evidence.Length), dated ? age : null, recency),
                string.Join(", ", roles), "not a mediator of these sides; shown in its own role", ctx.DescribeTies(x, all),
                [], [.. all.Select(r => TieEvidence.Of(r, ctx.Data))]));
        }
        return Rank(entries, ctx.Query.MaxCandidates);
    }

    private static string Summarise(Context ctx, ImmutableArray<MediatorEntry> explicitEntries, ImmutableArray<MediatorEntry> structural,
        ImmutableArray<MediatorEntry> involved, List<Relation> direct, bool opposed, List<MediationProcess> shared)
    {
        var (na, nb) = (ctx.Name(ctx.A), ctx.Name(ctx.B));
        var parts = new List<string>();
        if (explicitEntries.Length > 0)
            parts.Add($"Reported mediators between {na} and {nb}: {string.Join(", ", explicitEntries.Select(e => e.Name))} ({string.Join("; ", shared.Where(p => p.Mediators.Length > 0).Select(p => p.Name))}).");
        else if (shared.Count > 0)
            parts.Add($"{na} and {nb} are parties to {string.Join("; ", shared.Select(p => p.Name))}, with no mediator recorded.");
        else
            parts.Add($"No mediation between {na} and {nb} is reported{(ctx.Query.AsOf is { } d ? " as of " + d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "")}.");
        if (direct.Count > 0)
            parts.Add($"They have direct cooperative ties ({string.Join(", ", direct.Select(r => r.Kind.Name).Distinct())}), so no structural brokers are listed.");
        else if (!opposed)
            parts.Add("They have no recorded conflict, pressure or shared talks, so there is nothing to broker and no structural candidates are listed.");
        else
            parts.Add(structural.Length == 0 ? "No actor has cooperative ties to both." : $"Structural candidates (ties to both sides; not reported mediators): {string.Join(", ", structural.Select(e => e.Name))}.");
        if (involved.Length > 0) parts.Add($"Involved in their own role: {string.Join(", ", involved.Select(e => e.Name))}.");
        return string.Join(" ", parts);
    }

    private static ImmutableArray<MediatorEntry> Rank(List<MediatorEntry> entries, int max) =>
        [.. entries.OrderByDescending(e => e.Score).ThenBy(e => e.ActorId, StringComparer.Ordinal).Take(max)];

    private static bool Dated(IEnumerable<DateRange> ranges) => ranges.Any(w => w.Start is not null || w.End is not null);

    private static string Dates(DateRange when) => when.Start is null && when.End is null ? "" : ", " + when;

}
