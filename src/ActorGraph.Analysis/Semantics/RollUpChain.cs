using System.Collections.Immutable;

namespace ActorGraph.Analysis.Semantics;

/// <summary>A roll-up walk: the actor itself, then the actors it answers for, nearest first, each with its steps.</summary>
/// <param name="Heads">The actor, then its heads in breadth-first order.</param>
/// <param name="Cut">True when the walk stopped at <see cref="RollUp.MaxHeads"/> heads or <see cref="RollUp.MaxTies"/>
/// ties looked at, so farther heads (never nearer ones) were left out.</param>
/// <param name="TiesExamined">Roll-up ties looked at, the walk's cost.</param>
public sealed record RollUpChain(IReadOnlyList<(string Id, ImmutableArray<RollUpStep> Steps)> Heads, bool Cut, int TiesExamined)
{
    /// <summary>Steps to the farthest head kept; heads left out by a cut are at least this far.</summary>
    public int FarthestSteps => Heads[^1].Steps.Length;
}
