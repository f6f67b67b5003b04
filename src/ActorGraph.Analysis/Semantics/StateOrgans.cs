using System.Collections.Immutable;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Semantics;

/// <summary>A state speaks through its government: event data code the same side as the state (<c>PSE</c>) in one row
/// and as its government (<c>PSEGOV</c>, "Palestinian leader Yasser Arafat") in the next, with no tie between the two.
/// When a query about a state finds nothing of the state's own, it may look at the state's government actors: those of
/// the state's country (<see cref="Actor.Country"/>) whose kind is <see cref="ActorKind.Government"/>. Its military,
/// police, rebels and population are not the state's voice and are never taken for it.</summary>
public static class StateOrgans
{
    /// <summary>The government actors of <paramref name="stateId"/>'s country, in id order; empty when it is not a state
    /// with a country. O(actors).</summary>
    public static ImmutableArray<string> Of(ActorGraphData data, string stateId)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.FindActor(stateId) is not { Kind: ActorKind.State, Country: { Length: > 0 } country }) return [];
        return [.. data.Actors
            .Where(a => a.Kind == ActorKind.Government && string.Equals(a.Country, country, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Id).Order(StringComparer.Ordinal)];
    }

    /// <summary>The step that says a state is taken as its government: "Palestine, through its government".</summary>
    public static RollUpStep Step(ActorGraphData data, string stateId, string organId)
    {
        ArgumentNullException.ThrowIfNull(data);
        var state = data.FindActor(stateId)!;
        return new RollUpStep(stateId, organId, "government-of", $"country {state.Country}",
            $"{state.Name}, which speaks through its government actor {data.FindActor(organId)?.Name ?? organId}");
    }
}
