using System.Collections.Immutable;
using ActorGraph.Analysis.Projection;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Mediation;

/// <summary>Entries for the mediators of the processes the two sides share: reported (current or past) or inferred.</summary>
internal static class ReportedMediators
{
    /// <summary>One entry per mediator of <paramref name="processes"/> (indexes into <c>Data.Processes</c>), its processes
    /// current first; the entry is <paramref name="currentGroup"/> when one of them holds at the reference date, else
    /// <paramref name="pastGroup"/>.</summary>
    public static List<MediatorEntry> Build(Context ctx, List<int> processes, MediatorGroup currentGroup, MediatorGroup pastGroup)
    {
        var byMediator = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var p in processes)
        {
            foreach (var m in ctx.Data.Processes[p].Mediators.Distinct(StringComparer.Ordinal))
            {
                if (m == ctx.A || m == ctx.B || ctx.Data.FindActor(m) is null) continue;
                if (!byMediator.TryGetValue(m, out var list)) byMediator[m] = list = [];
                list.Add(p);
            }
        }
        var entries = new List<MediatorEntry>();
        foreach (var (m, mine) in byMediator)
        {
            var ordered = mine.OrderByDescending(IsCurrent(ctx)).ThenByDescending(p => ctx.Index.ProcessFirst(p) ?? DateOnly.MinValue).ThenBy(p => ctx.Data.Processes[p].Id, StringComparer.Ordinal).ToList();
            var current = ordered.Any(IsCurrent(ctx));
            var ties = ctx.TiesToSides(m);
            var sides = ctx.SideStrengths(ties);
            var best = ordered.Select(p => ctx.Data.Processes[p]).MaxBy(p => p.Confidence)!;
            double? age = current ? 0 : ordered.Select(p => Age(ctx, p)).Min();
            var dated = ordered.Any(p => ctx.Index.ProcessFirst(p) is not null || ctx.Index.ProcessLast(p) is not null);
            var recency = ctx.RecencyFactor(dated ? age : null);
            var score = best.Confidence * (0.5 + 0.25 * (sides[0].Strength + sides[1].Strength)) * recency;
            var evidence = ordered.Sum(p => ctx.Data.Processes[p].Evidence.Length) + ties.Sum(r => r.EvidenceCount);
            var (role, basis) = ctx.Role(m);
            var description = string.Join("; ", ordered.Select(p => Describe(ctx, p)));
            var first = ordered.Select(ctx.Index.ProcessFirst).Where(d => d is not null).Min();
            var last = ordered.Select(ctx.Index.ProcessLast).Where(d => d is not null).Max();
            entries.Add(new MediatorEntry(m, ctx.Name(m), current ? currentGroup : pastGroup, Math.Round(score, 4),
                new ScoreComponents(sides, best.Confidence, evidence, dated ? age : null, recency),
                role, basis, description,
                [.. ordered.Select(p => Ref(ctx, p))],
                [.. ties.Select(r => TieEvidence.Of(r, ctx.Data))],
                first, last));
        }
        return entries;
    }

    /// <summary>"mediator of Havana peace talks (agreed, 2012-10-18..2016-11-24, past)".</summary>
    public static string Describe(Context ctx, int p)
    {
        var process = ctx.Data.Processes[p];
        var when = process.When.Start is null && process.When.End is null ? "" : ", " + process.When;
        var state = IsCurrent(ctx)(p) ? "" : ", past";
        return $"mediator of {process.Name} ({Core.Text.EnumText.Name(process.Status)}{when}{state})";
    }

    public static Func<int, bool> IsCurrent(Context ctx) => p => ctx.Index.ProcessHoldsAt(p, ctx.Reference);

    private static double Age(Context ctx, int p)
    {
        if (IsCurrent(ctx)(p)) return 0;
        var until = ctx.Index.ProcessUntil(p) ?? ctx.Index.ProcessLast(p);
        return until is { } u && ctx.Reference is { } r && u < r ? (r.DayNumber - u.DayNumber) / 365.25 : 0;
    }

    private static ProcessRef Ref(Context ctx, int p)
    {
        var process = ctx.Data.Processes[p];
        return new ProcessRef(process.Id, process.Name, process.Status, process.When, process.Confidence,
            EvidenceItem.Of(process.Evidence, ctx.Data), IsCurrent(ctx)(p), process.Inferred)
        {
            Outcomes = OutcomeItem.Of(process, ctx.Data),
        };
    }
}
