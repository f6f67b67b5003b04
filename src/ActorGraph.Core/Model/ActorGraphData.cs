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
    private const int EndsChunk = 1 << 15;
    // Each relation's endpoints as actor indexes (-1 when unknown), looked up over the cores in fixed chunks.
    private readonly Lazy<(int[] Sources, int[] Targets)> _ends;
    // Incident relations as compressed rows: actor i's relations are _incident[_offsets[i].._offsets[i + 1]].
    // Built on first use (or by PrepareIndexes), so loading and validating a graph does not pay for it.
    private readonly Lazy<(int[] Offsets, int[] Incident)> _incidence;

    // Endpoint positions a loader already resolved (hints, checked when the endpoint index is built), or null.
    private readonly (int[] Sources, int[] Targets)? _endHints;

    // Sources kept by a table (an import's), built into a list only when asked for; null when given as records.
    private readonly SourceTable? _sourceTable;
    private readonly Lazy<ImmutableArray<Source>> _sources;
    private readonly Lazy<DateOnly?> _latestSourceDate;

    /// <summary>Builds the graph and its indexes.</summary>
    public ActorGraphData(
        IEnumerable<Actor> actors,
        IEnumerable<Relation> relations,
        IEnumerable<MediationProcess> processes,
        IEnumerable<Source> sources)
        : this(actors, relations, processes, sources, null, null)
    {
    }

    /// <summary>Builds the graph with each relation's endpoints as a loader resolved them: <paramref name="relationSources"/>[r]
    /// and <paramref name="relationTargets"/>[r] are the positions in <paramref name="actors"/> of relation r's source and
    /// target. They are hints: the endpoint index (built on first use) keeps a hint only when that actor's id equals the
    /// relation's end (one array read and a reference comparison when the loader used the actors' own id strings) and
    /// looks the id up otherwise, so a wrong hint costs time, never a wrong answer. This spares an analysis the 2 × E
    /// lookups by string of a graph loaded without them.</summary>
    /// <exception cref="ArgumentException">A hint array is missing or its length is not the number of relations.</exception>
    public ActorGraphData(
        IEnumerable<Actor> actors,
        IEnumerable<Relation> relations,
        IEnumerable<MediationProcess> processes,
        IEnumerable<Source> sources,
        int[]? relationSources,
        int[]? relationTargets)
        : this(actors, relations, processes, null, [.. sources], relationSources, relationTargets)
    {
    }

    /// <summary>Builds the graph with its sources kept by <paramref name="sources"/> (records built when read), and
    /// endpoint hints as in the constructor above (null for none).</summary>
    /// <exception cref="ArgumentException">A hint array is missing or its length is not the number of relations.</exception>
    public ActorGraphData(
        IEnumerable<Actor> actors,
        IEnumerable<Relation> relations,
        IEnumerable<MediationProcess> processes,
        SourceTable sources,
        int[]? relationSources,
        int[]? relationTargets)
        : this(actors, relations, processes, sources ?? throw new ArgumentNullException(nameof(sources)), [], relationSources, relationTargets)
    {
    }

    private ActorGraphData(
        IEnumerable<Actor> actors,
        IEnumerable<Relation> relations,
        IEnumerable<MediationProcess> processes,
        SourceTable? sourceTable,
        ImmutableArray<Source> sources,
        int[]? relationSources,
        int[]? relationTargets)
    {
        Actors = [.. actors];
        Relations = [.. relations];
        Processes = [.. processes];
        _sourceTable = sourceTable;
        _sources = sourceTable is null
            ? new Lazy<ImmutableArray<Source>>(sources)
            : new Lazy<ImmutableArray<Source>>(() => [.. Enumerable.Range(0, sourceTable.Count).Select(sourceTable.At)], LazyThreadSafetyMode.ExecutionAndPublication);
        _latestSourceDate = new Lazy<DateOnly?>(() => sourceTable is null ? LatestOf(sources) : sourceTable.LatestDate(), LazyThreadSafetyMode.ExecutionAndPublication);
        _actorIndex = Actors.Select((a, i) => KeyValuePair.Create(a.Id, i)).ToFrozenDictionary(StringComparer.Ordinal);
        // Plain dictionaries: a frozen one costs seconds to build for the millions of sources of a large import.
        SourcesById = sourceTable is null ? ById(sources, s => s.Id) : new SourceTableLookup(sourceTable);
        ProcessesById = ById(Processes, p => p.Id);

        if (relationSources is not null || relationTargets is not null)
        {
            if (relationSources?.Length != Relations.Length || relationTargets?.Length != Relations.Length)
                throw new ArgumentException("endpoint hints need one source and one target position per relation", nameof(relationSources));
            _endHints = (relationSources, relationTargets);
        }
        _ends = new Lazy<(int[], int[])>(BuildEnds, LazyThreadSafetyMode.ExecutionAndPublication);
        _incidence = new Lazy<(int[], int[])>(BuildIncidence, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>An empty graph.</summary>
    public static ActorGraphData Empty { get; } = new([], [], [], []);

    /// <summary>All actors, in load order.</summary>
    public ImmutableArray<Actor> Actors { get; }
    /// <summary>All relations, in load order.</summary>
    public ImmutableArray<Relation> Relations { get; }
    /// <summary>All mediation processes, in load order.</summary>
    public ImmutableArray<MediationProcess> Processes { get; }
    /// <summary>All sources, in load order. A graph whose sources are kept by a <see cref="SourceTable"/> builds this
    /// list on first use; <see cref="SourceCount"/>, <see cref="SourcesById"/> and <see cref="LatestSourceDate"/> do not.</summary>
    public ImmutableArray<Source> Sources => _sources.Value;
    /// <summary>How many sources there are (<see cref="Sources"/>' length, without building the list).</summary>
    public int SourceCount => _sourceTable?.Count ?? _sources.Value.Length;
    /// <summary>The latest date of any source, or null when none is dated (computed once, on first use).</summary>
    public DateOnly? LatestSourceDate => _latestSourceDate.Value;
    /// <summary>Sources by id.</summary>
    public IReadOnlyDictionary<string, Source> SourcesById { get; }
    /// <summary>Processes by id.</summary>
    public IReadOnlyDictionary<string, MediationProcess> ProcessesById { get; }

    private static DateOnly? LatestOf(ImmutableArray<Source> sources)
    {
        DateOnly? latest = null;
        foreach (var s in sources)
        {
            if (s.Date is { } d && (latest is null || d > latest)) latest = d;
        }
        return latest;
    }

    private static Dictionary<string, T> ById<T>(ImmutableArray<T> items, Func<T, string> id)
    {
        var map = new Dictionary<string, T>(items.Length, StringComparer.Ordinal);
        foreach (var item in items) map[id(item)] = item;
        return map;
    }

    /// <summary>The position of an actor in <see cref="Actors"/>, or -1.</summary>
    public int IndexOf(string actorId) => _actorIndex.TryGetValue(actorId, out var i) ? i : -1;

    /// <summary>The actor with this id, or null.</summary>
    public Actor? FindActor(string actorId) => _actorIndex.TryGetValue(actorId, out var i) ? Actors[i] : null;

    /// <summary>Relations with the actor at either end (indexes into <see cref="Relations"/>, ascending; a
    /// self-loop once). The first call builds the index for all actors in O(V + E).</summary>
    public ReadOnlySpan<int> IncidentRelations(string actorId)
    {
        if (!_actorIndex.TryGetValue(actorId, out var i)) return [];
        var (offsets, incident) = _incidence.Value;
        return incident.AsSpan(offsets[i], offsets[i + 1] - offsets[i]);
    }

    /// <summary>The actor index of relation <paramref name="r"/>'s source, or -1 when it is not an actor of this graph.</summary>
    public int SourceIndexOf(int r) => _ends.Value.Sources[r];

    /// <summary>The actor index of relation <paramref name="r"/>'s target, or -1 when it is not an actor of this graph.</summary>
    public int TargetIndexOf(int r) => _ends.Value.Targets[r];

    /// <summary>Builds the endpoint and incidence indexes now (O(V + E), the lookups over the cores) instead of on
    /// the first query: call it once after loading a graph that will be queried.</summary>
    public void PrepareIndexes() => _ = _incidence.Value;

    private (int[] Sources, int[] Targets) BuildEnds()
    {
        var sources = new int[Relations.Length];
        var targets = new int[Relations.Length];
        var hints = _endHints;
        var ids = hints is null ? null : Actors.Select(a => a.Id).ToArray();
        Parallel.For(0, (Relations.Length + EndsChunk - 1) / EndsChunk, c =>
        {
            for (var r = c * EndsChunk; r < Math.Min(Relations.Length, (c + 1) * EndsChunk); r++)
            {
                var relation = Relations[r];
                sources[r] = hints is { } h ? Resolve(relation.Source, h.Sources[r], ids!) : IndexOf(relation.Source);
                targets[r] = hints is { } k ? Resolve(relation.Target, k.Targets[r], ids!) : IndexOf(relation.Target);
            }
        });
        return (sources, targets);
    }

    /// <summary>The position of actor <paramref name="id"/>: the hint when the actor there has that id (a reference
    /// comparison when the hint's loader shared the id string), else a lookup.</summary>
    private int Resolve(string id, int hint, string[] ids) =>
        (uint)hint < (uint)ids.Length && string.Equals(ids[hint], id, StringComparison.Ordinal) ? hint : IndexOf(id);

    private (int[] Offsets, int[] Incident) BuildIncidence()
    {
        var (sources, targets) = _ends.Value;
        var offsets = new int[Actors.Length + 1];
        for (var r = 0; r < sources.Length; r++)
        {
            var (s, t) = (sources[r], targets[r]);
            if (s >= 0) offsets[s + 1]++;
            if (t >= 0 && t != s) offsets[t + 1]++;
        }
        for (var i = 0; i < Actors.Length; i++) offsets[i + 1] += offsets[i];
        var incident = new int[offsets[Actors.Length]];
        var fill = offsets[..^1];
        for (var r = 0; r < sources.Length; r++)
        {
            var (s, t) = (sources[r], targets[r]);
            if (s >= 0) incident[fill[s]++] = r;
            if (t >= 0 && t != s) incident[fill[t]++] = r;
        }
        return (offsets, incident);
    }

    /// <summary>Processes in which the actor is a party or a mediator.</summary>
    public IEnumerable<MediationProcess> ProcessesOf(string actorId) =>
        Processes.Where(p => p.Parties.Contains(actorId) || p.Mediators.Contains(actorId));
}
