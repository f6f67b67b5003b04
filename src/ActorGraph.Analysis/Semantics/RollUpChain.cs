using System.Collections.Immutable;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Semantics;

/// <summary>A roll-up walk: the actor itself, then the actors it answers for, nearest first. Each head keeps only the
/// entry it was reached from and the tie that says so; the steps (with their phrases) are built on demand by
/// <see cref="StepsTo"/>, so a query that walks a thousand heads formats text only for the one pair it reports.</summary>
public sealed class RollUpChain
{
    private readonly ActorGraphData _data;
    private readonly List<Entry> _entries;
    private IReadOnlyList<(string Id, ImmutableArray<RollUpStep> Steps)>? _heads;

    internal RollUpChain(ActorGraphData data, List<Entry> entries, bool cut, int tiesExamined)
    {
        _data = data;
        _entries = entries;
        Cut = cut;
        TiesExamined = tiesExamined;
    }

    /// <summary>True when the walk stopped at <see cref="RollUp.MaxHeads"/> heads or <see cref="RollUp.MaxTies"/>
    /// ties looked at, so farther heads (never nearer ones) were left out.</summary>
    public bool Cut { get; }

    /// <summary>Roll-up ties looked at, the walk's cost.</summary>
    public int TiesExamined { get; }

    /// <summary>How many actors the chain holds (the actor itself included).</summary>
    public int Count => _entries.Count;

    /// <summary>The actor, then its heads in breadth-first order, each with its steps (built on first use: O(heads × depth)).</summary>
    public IReadOnlyList<(string Id, ImmutableArray<RollUpStep> Steps)> Heads =>
        _heads ??= [.. Enumerable.Range(0, _entries.Count).Select(i => (_entries[i].Id, StepsTo(i)))];

    /// <summary>Steps to the farthest head kept; heads left out by a cut are at least this far.</summary>
    public int FarthestSteps => _entries[^1].Depth;

    /// <summary>The id of the <paramref name="position"/>-th actor of the chain.</summary>
    public string IdAt(int position) => _entries[position].Id;

    /// <summary>The graph index of the <paramref name="position"/>-th actor of the chain.</summary>
    public int ActorAt(int position) => _entries[position].Actor;

    /// <summary>How many organisational steps lead to the <paramref name="position"/>-th actor (0 for the actor itself).</summary>
    public int DepthAt(int position) => _entries[position].Depth;

    /// <summary>The steps from the actor asked about to the <paramref name="position"/>-th actor, nearest first. O(depth).</summary>
    public ImmutableArray<RollUpStep> StepsTo(int position)
    {
        var steps = new RollUpStep[_entries[position].Depth];
        for (var i = position; _entries[i].Parent >= 0; i = _entries[i].Parent)
        {
            var (entry, from) = (_entries[i], _entries[_entries[i].Parent]);
            var relation = _data.Relations[entry.Relation];
            var name = _data.FindActor(from.Id)?.Name ?? from.Id;
            var head = _data.Actors[entry.Actor];
            steps[entry.Depth - 1] = new RollUpStep(from.Id, head.Id, relation.Kind.Name, relation.Id,
                $"{name}, {TieMeaning.RollUpPhrase(relation.Kind)} {head.Name}");
        }
        return ImmutableArray.Create(steps);
    }

    /// <summary>One actor of the chain: its id and graph index, the entry it was reached from (-1 for the actor asked
    /// about), the relation index of that step and the number of steps from the actor asked about.</summary>
    internal readonly record struct Entry(string Id, int Actor, int Parent, int Relation, int Depth);
}
