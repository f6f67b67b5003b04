using System.Collections.Immutable;
using ActorGraph.Analysis.Projection;
using ActorGraph.Analysis.Semantics;

namespace ActorGraph.Analysis.Paths;

/// <summary>One hop of a path: from, to, its distance and the relation that carries it (the shortest of
/// those between the two actors; the others are listed by id).</summary>
public sealed record PathHop(string From, string To, double Distance, TieEvidence Tie, ImmutableArray<string> OtherRelationIds);

/// <summary>A chain of ties from one actor to another, with its total distance (smaller is closer).</summary>
public sealed record MediationPath(int Rank, ImmutableArray<string> Actors, ImmutableArray<PathHop> Hops, double Cost);

/// <summary>The answer to a path query: the paths found, or why there are none.</summary>
/// <param name="From">Actor id of the first end.</param>
/// <param name="To">Actor id of the second end.</param>
/// <param name="Query">The query asked.</param>
/// <param name="Paths">Paths, cheapest first; empty when <see cref="Reason"/> is set.</param>
/// <param name="Reason">Why there is no path, or null.</param>
/// <param name="Explanation">A sentence for the user about the result (always set when there is no path).</param>
/// <param name="RolledUp">When an end has no channel of its own, how it was taken for the actor it leads or belongs to
/// (the paths then start or end with that organisational hop).</param>
public sealed record PathSearchResult(string From, string To, PathQuery Query, ImmutableArray<MediationPath> Paths, NoPathReason? Reason, string? Explanation,
    ImmutableArray<RollUpStep> RolledUp)
{
    /// <summary>True when at least one path was found.</summary>
    public bool Found => !Paths.IsDefaultOrEmpty;
}
