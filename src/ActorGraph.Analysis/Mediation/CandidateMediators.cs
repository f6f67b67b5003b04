using System.Collections.Immutable;
using ActorGraph.Analysis.Projection;
using ActorGraph.Analysis.Semantics;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Mediation;

/// <summary>Structural broker candidates and actors involved in their own role.</summary>
internal static class CandidateMediators
{
    /// <summary>Relations of the far side worth scanning per candidate before indexing that side whole is cheaper.</summary>
    private const int ProbeCost = 16;

    /// <summary>Independent sightings (distinct sources or days; see <see cref="Sightings"/>) of an actor's contact with each
    /// side before it is a structural candidate: one article's rows are one reading, not a channel (measured on the real
    /// files: see docs/analysis.md).</summary>
    public const int MinContactEvents = 2;

    /// <summary>Actors with sustained channels of contact to both sides (the graph's own relations: at least
    /// <see cref="MinContactEvents"/> sightings per side: distinct sources or days), none of them hostile to either side, and none
    /// part of a side: not an actor that answers for a side or that a side answers for (leads, part-of, member-of, up to
    /// <see cref="RollUp.MaxDepth"/> steps), nor one whose own country is a side that is a state.</summary>
    public static List<MediatorEntry> Structural(Context ctx, HashSet<string> taken)
    {
        var sideHeads = SideHeads(ctx);
        // Candidates come from the side with fewer relations; their ties to the other side are probed one by one
        // (from whichever end is smaller) unless indexing that side whole is cheaper. The answer is the same either way.
        var (near, far) = ctx.Degree(ctx.A) <= ctx.Degree(ctx.B) ? (ctx.A, ctx.B) : (ctx.B, ctx.A);
        var nearTies = ctx.CoopTies(near);
        if (nearTies.Count == 0) return [];
        _ = ctx.AnyTies(near); // hostility and alignment toward the near side, then looked up in O(1) per candidate
        var farTies = ctx.Degree(far) <= ProbeCost * nearTies.Count ? ctx.CoopTies(far) : null;
        if (farTies is not null) _ = ctx.AnyTies(far);
        var entries = new List<MediatorEntry>();
        foreach (var (m, toNear) in nearTies)
        {
            if (taken.Contains(m)) continue;
            var toFar = farTies is null ? ctx.CoopBetween(m, far) : farTies.GetValueOrDefault(m, []);
            if (!Sustained(toFar) || !Sustained(toNear) || HostileTo(ctx, m) || PartOfASide(ctx, m, sideHeads)) continue;
            var (toA, toB) = near == ctx.A ? (toNear, toFar) : (toFar, toNear);
            var ties = toA.Concat(toB).ToList();
            var sides = ctx.SideStrengths(ties);
            var age = ties.Select(r => (double?)DistanceModel.AgeYears(r.When, ctx.Reference)).Min();
            var dated = Dated(ties.Select(r => r.When));
            var recency = ctx.RecencyFactor(dated ? age : null);
            var score = Math.Sqrt(sides[0].Strength * sides[1].Strength) * recency;
            var (role, basis) = ctx.Role(m);
            entries.Add(new MediatorEntry(m, ctx.Name(m), MediatorGroup.StructuralCandidate, Math.Round(score, 4),
                new ScoreComponents(sides, ties.Average(r => r.Confidence), ties.Sum(r => r.EvidenceCount), dated ? age : null, recency),
                role, basis, $"channels of contact to both {ctx.Name(ctx.A)} and {ctx.Name(ctx.B)}: a candidate, not a reported mediator",
                [], [.. ties.Select(r => TieEvidence.Of(r, ctx.Data))], First(ties), Last(ties)));
        }
        return entries;
    }

    /// <summary>Actors that are not mediators but make contact of their own with the mediators (any modality but denied:
    /// an instructed or hoped-for outreach is shown, marked as such), to two or more of them, or to one plus a non-hostile
    /// tie to a side.</summary>
    public static List<MediatorEntry> Involved(Context ctx, List<string> mediators, HashSet<string> taken)
    {
        if (mediators.Count == 0) return [];
        var mediatorSet = mediators.ToHashSet(StringComparer.Ordinal);
        var viaMediators = new Dictionary<string, List<Relation>>(StringComparer.Ordinal);
        foreach (var m in mediators)
        {
            foreach (var (x, ties) in ctx.AnyTies(m))
            {
                if (taken.Contains(x) || mediatorSet.Contains(x)) continue;
                // Only channels x opens (or mutual ones) make x part of the effort: being engaged by a mediator
                // (for its own, other business) does not.
                var own = ties.Where(r => TieMeaning.IsChannel(r.Kind) && (!r.Kind.Directed || r.Source == x)).ToList();
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
                new ScoreComponents(ctx.SideStrengths(sideTies), all.Average(r => r.Confidence), all.Sum(r => r.EvidenceCount), dated ? age : null, recency),
                string.Join(", ", roles), "not a mediator of these sides; shown in its own role (involvement, not a brokerage role)", ctx.DescribeTies(x, all),
                [], [.. all.Select(r => TieEvidence.Of(r, ctx.Data))], First(all), Last(all)));
        }
        return entries;
    }

    /// <summary>True when <paramref name="ties"/> were seen at least <see cref="MinContactEvents"/> independent times: distinct
    /// (source, day) pairs of their evidence, a tie without evidence counting by its weight (<see cref="Sightings"/>). A burst
    /// of rows from one article on one day is one sighting, however many events it codes.</summary>
    internal static bool Sustained(List<Relation> ties) => Sightings.AtLeast(ties, MinContactEvents);

    /// <summary>Both sides and every actor they answer for (their roll-up chains at the query's date).</summary>
    private static HashSet<string> SideHeads(Context ctx)
    {
        var heads = new HashSet<string>(StringComparer.Ordinal);
        foreach (var side in new[] { ctx.A, ctx.B })
            heads.UnionWith(RollUp.Walk(ctx.Data, side, ctx.FilterDate).Heads.Select(h => h.Id));
        return heads;
    }

    /// <summary>True when <paramref name="m"/> is on a side: a side answers for it, it answers for a side, or its own
    /// country is that of a side that is a state ("Ministry (India)" between India and anyone).</summary>
    private static bool PartOfASide(Context ctx, string m, HashSet<string> sideHeads)
    {
        if (sideHeads.Contains(m)) return true;
        var country = ctx.Data.FindActor(m)?.Country;
        if (country is not null && new[] { ctx.A, ctx.B }.Select(ctx.Data.FindActor)
                .Any(s => s is { Kind: ActorKind.State } && string.Equals(s.Country, country, StringComparison.OrdinalIgnoreCase)))
            return true;
        return RollUp.Walk(ctx.Data, m, ctx.FilterDate).Heads.Any(h => h.Id == ctx.A || h.Id == ctx.B);
    }

    private static bool HostileTo(Context ctx, string m) =>
        new[] { ctx.A, ctx.B }.Any(side => ctx.AnyBetween(m, side).Any(r => r.Sign == RelationSign.Hostile));

    private static bool Dated(IEnumerable<DateRange> ranges) => ranges.Any(w => w.Start is not null || w.End is not null);

    private static DateOnly? First(IEnumerable<Relation> ties) => ties.Select(r => r.When.Start ?? r.When.End).Where(d => d is not null).Min();

    private static DateOnly? Last(IEnumerable<Relation> ties) => ties.Select(r => r.When.End ?? r.When.Start).Where(d => d is not null).Max();
}
