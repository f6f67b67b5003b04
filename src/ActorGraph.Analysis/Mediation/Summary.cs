using System.Collections.Immutable;
using System.Globalization;
using ActorGraph.Analysis.Semantics;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Mediation;

/// <summary>The one-paragraph summary of a <see cref="MediationResult"/>.</summary>
internal static class Summary
{
    public static string Of(Context ctx, ImmutableArray<RollUpStep> rolledUp, ImmutableArray<MediatorEntry> current, ImmutableArray<MediatorEntry> past,
        ImmutableArray<MediatorEntry> inferred, ImmutableArray<MediatorEntry> structural, ImmutableArray<MediatorEntry> involved,
        List<Relation> direct, bool opposed, List<int> shared)
    {
        var (na, nb) = (ctx.Name(ctx.A), ctx.Name(ctx.B));
        var parts = new List<string>();
        foreach (var step in rolledUp) parts.Add($"{step.Phrase}, is taken for {ctx.Name(step.HeadId)}.");
        var date = ctx.Query.AsOf is { } d ? " as of " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : ctx.Query.Current ? " now" : "";
        if (current.Length > 0)
            parts.Add($"Reported mediators between {na} and {nb}{date}: {string.Join(", ", current.Select(e => e.Name))} ({Processes(ctx, current, onlyCurrent: true)}).");
        else if (past.Length == 0 && shared.Count > 0 && inferred.Length == 0)
            parts.Add($"{na} and {nb} are parties to {string.Join("; ", shared.Select(p => ctx.Data.Processes[p].Name))}, with no mediator recorded.");
        else if (past.Length == 0)
            parts.Add($"No mediation between {na} and {nb} is reported{date}.");
        else
            parts.Add($"No current mediation between {na} and {nb} is reported.");
        if (past.Length > 0)
            parts.Add($"{(current.Length > 0 ? "Earlier" : "Mediated before")}: {string.Join("; ", past.Select(e => $"{e.Name} ({Processes(ctx, [e], onlyCurrent: false)})"))}.");
        if (inferred.Length > 0)
            parts.Add($"Inferred from event data, not reported: {string.Join(", ", inferred.Select(e => e.Name))}.");
        if (direct.Count > 0)
            parts.Add($"They have direct channels of their own ({string.Join(", ", direct.Select(r => r.Kind.Name).Distinct())}), so no structural brokers are listed.");
        else if (!opposed)
            parts.Add("They have no recorded conflict, pressure or shared talks, so there is nothing to broker and no structural candidates are listed.");
        else
            parts.Add(structural.Length == 0 ? "No other actor has channels to both." : $"Structural candidates (channels to both sides; not reported mediators): {string.Join(", ", structural.Select(e => e.Name))}.");
        if (involved.Length > 0) parts.Add($"Involved in their own role: {string.Join(", ", involved.Select(e => e.Name))}.");
        return string.Join(" ", parts);
    }

    /// <summary>"Havana peace talks, agreed, 2012-10-18..2016-11-24" for each distinct process of the entries.</summary>
    private static string Processes(Context ctx, IEnumerable<MediatorEntry> entries, bool onlyCurrent) =>
        string.Join("; ", entries.SelectMany(e => e.Processes).Where(p => !onlyCurrent || p.Current).DistinctBy(p => p.Id)
            .Select(p => $"{p.Name}, {Core.Text.EnumText.Name(p.Status)}{(p.When.Start is null && p.When.End is null ? "" : ", " + Span(p.When))}"));

    private static string Span(DateRange when) => when switch
    {
        { Start: { } s, End: { } e } => $"{Iso(s)} to {Iso(e)}",
        { Start: { } s } => "since " + Iso(s),
        { End: { } e } => "until " + Iso(e),
        _ => "",
    };

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
