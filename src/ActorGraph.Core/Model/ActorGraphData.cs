using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ActorGraph.Core.Model;

/// <summary>A whole, validated actor graph: actors, relations, mediation processes and sources.
/// Immutable; safe to share between threads. Build it once, then query it.</summary>
/// <remarks>The constructor indexes actors by id and relations by endpoint: O(V + E).
/// It does not validate references; the seed loader and importers do that and report errors.</remarks>
public sealed class ActorGraphData
{
    private readonly FrozenDictionary<string, int> _actorIndex;
    private readonly ImmutableArray<ImmutableArray<int>> _incident;

    /// <summary>Builds the graph and its indexes.</summary>
    public ActorGraphData(
        IEnumerable<Actor> actors,
        IEnumerable<Relation> relations,
        IEnumerable<MediationProcess> processes,
        IEnumerable<Source> sources)
    {
        Actors = [.. actors];
        Relations = [.. relations];
        Processes = [.. processes];
        Sources = [.. sources];
        _actorIndex = Actors.Select((a, i) => KeyValuePair.Create(a.Id, i)).ToFrozenDictionary(StringComparer.Ordinal);
        SourcesById = Sources.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        ProcessesById = Processes.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);

        var lists = new List<int>[Actors.Length];
        for (var r = 0; r < Relations.Length; r++)
        {
            var rel = Relations[r];
            if (_actorIndex.TryGetValue(rel.Source, out var s)) (lists[s] ??= []).Add(r);
            if (rel.Target != rel.Source && _actorIndex.TryGetValue(rel.Target, out var t)) (lists[t] ??= []).Add(r);
        }
        _incident = [.. lists.Select(l => l is null ? ImmutableArray<int>.Empty : [.. l])];
    }

    /// <summary>An empty graph.</summary>
    public static ActorGraphData Empty { get; } = new([], [], [], []);

    /// <summary>All actors, in load order.</summary>
    public ImmutableArray<Actor> Actors { get; }
    /// <summary>All relations, in load order.</summary>
    public ImmutableArray<Relation> Relations { get; }
    /// <summary>All mediation processes, in load order.</summary>
    public ImmutableArray<MediationProcess> Processes { get; }
    /// <summary>All sources, in load order.</summary>
    public ImmutableArray<Source> Sources { get; }
    /// <summary>Sources by id.</summary>
    public FrozenDictionary<string, Source> SourcesById { get; }
    /// <summary>Processes by id.</summary>
    public FrozenDictionary<string, MediationProcess> ProcessesById { get; }

    /// <summary>The position of an actor in <see cref="Actors"/>, or -1.</summary>
    public int IndexOf(string actorId) => _actorIndex.TryGetValue(actorId, out var i) ? i : -1;

    /// <summary>The actor with this id, or null.</summary>
    public Actor? FindActor(string actorId) => _actorIndex.TryGetValue(actorId, out var i) ? Actors[i] : null;

    /// <summary>Relations with the actor at either end (indexes into <see cref="Relations"/>).</summary>
    public ImmutableArray<int> IncidentRelations(string actorId) =>
        _actorIndex.TryGetValue(actorId, out var i) ? _incident[i] : [];

    /// <summary>Processes in which the actor is a party or a mediator.</summary>
    public IEnumerable<MediationProcess> ProcessesOf(string actorId) =>
        Processes.Where(p => p.Parties.Contains(actorId) || p.Mediators.Contains(actorId));
}
