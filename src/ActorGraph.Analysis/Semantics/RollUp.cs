using System.Collections.Immutable;
using System.Globalization;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Semantics;

/// <summary>Roll-up: people, agencies and delegations answer for the actor they lead or belong to (leads, part-of,
/// member-of; see <see cref="TieMeaning.IsOrganisational"/>). "Netanyahu, who leads Israel".</summary>
public static class RollUp
{
    /// <summary>How many organisational steps are followed at most (a person leading an agency of a state is two).</summary>
    public const int MaxDepth = 3;

    /// <summary>How many actors a roll-up chain holds at most (the actor itself included): a hub with thousands of
    /// organisational ties would otherwise make every query through it walk them all.</summary>
    public const int MaxHeads = 1_000;

    /// <summary>How many roll-up ties one walk looks at at most (ties back to heads already reached count too).</summary>
    public const int MaxTies = 20_000;

    /// <summary>The actor itself, then every actor it answers for, nearest first (breadth-first, at most
    /// <see cref="MaxDepth"/> steps and <see cref="MaxHeads"/> actors), each with the steps that lead there.</summary>
    public static IReadOnlyList<(string Id, ImmutableArray<RollUpStep> Steps)> Chain(ActorGraphData data, string actorId, DateOnly? date) =>
        Walk(data, actorId, date).Heads;

    /// <summary>The roll-up chain of <paramref name="actorId"/>: breadth-first over its reported or claimed organisational
    /// ties known and valid at <paramref name="date"/> (any date when null), at most <see cref="MaxDepth"/> steps, stopping
    /// at <paramref name="maxHeads"/> actors or <see cref="MaxTies"/> ties looked at (<see cref="RollUpChain.Cut"/>).
    /// O(ties looked at) through the <see cref="SemanticIndex"/>'s per-actor roll-up ties, whatever the actors' degrees.</summary>
    public static RollUpChain Walk(ActorGraphData data, string actorId, DateOnly? date, int maxHeads = MaxHeads)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxHeads, 1);
        var index = SemanticIndex.Of(data);
        var entries = new List<RollUpChain.Entry> { new(actorId, data.IndexOf(actorId), -1, -1, 0) };
        var seen = new HashSet<int> { entries[0].Actor };
        var examined = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            var current = entries[i];
            if (current.Depth >= MaxDepth) continue;
            foreach (var r in index.HeadTies(current.Actor))
            {
                if (++examined > MaxTies) return new RollUpChain(data, entries, true, examined - 1);
                if (!index.HoldsAt(r, date) || seen.Contains(index.Targets[r])) continue;
                if (entries.Count == maxHeads) return new RollUpChain(data, entries, true, examined);
                var head = index.Targets[r];
                seen.Add(head);
                entries.Add(new RollUpChain.Entry(data.Actors[head].Id, head, i, r, current.Depth + 1));
            }
        }
        return new RollUpChain(data, entries, false, examined);
    }

    /// <summary>What an answer says when a cut chain could have hidden a nearer pair.</summary>
    public static string CutNote(ActorGraphData data, string actorId, int maxHeads = MaxHeads)
    {
        ArgumentNullException.ThrowIfNull(data);
        var name = data.FindActor(actorId)?.Name ?? actorId;
        return string.Create(CultureInfo.InvariantCulture,
            $"Roll-up cut: {name} answers for more actors than the {maxHeads:N0} nearest looked at ({MaxTies:N0} ties at most); a pair through the others was not considered.");
    }
}
