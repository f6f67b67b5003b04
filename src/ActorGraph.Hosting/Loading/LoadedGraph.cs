using System.Collections.Concurrent;
using ActorGraph.Analysis.Semantics;
using ActorGraph.Core.Model;
using ActorGraph.Core.Resolution;
using ActorGraph.Core.Storage;

namespace ActorGraph.Hosting.Loading;

/// <summary>One loaded graph with what queries need beside it: the name resolver and a cache of
/// analysis results. The service publishes a new <see cref="LoadedGraph"/> on every reload, so the cache can
/// never serve a result computed on an older graph; a CLI command builds one without a cache.</summary>
public sealed class LoadedGraph
{
    private readonly ConcurrentDictionary<object, object> _results = new();
    private readonly Lazy<ActorResolver> _resolver;
    private readonly int _maxResults;
    private readonly long _maxBytes;
    private long _bytes;
    private int _count;

    /// <summary>Wraps <paramref name="snapshot"/>; keeps at most <paramref name="maxResults"/> cached results
    /// and at most <paramref name="maxBytes"/> bytes of cached byte arrays (serialised answers).</summary>
    public LoadedGraph(GraphSnapshot snapshot, int maxResults, long maxBytes = 256L << 20)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Snapshot = snapshot;
        // Built on first use or by Prepare: a graph read only to be stored (the service's loader) never needs its own.
        _resolver = new Lazy<ActorResolver>(() => new ActorResolver(snapshot.Data), LazyThreadSafetyMode.ExecutionAndPublication);
        _maxResults = maxResults;
        _maxBytes = maxBytes;
    }

    /// <summary>Wraps a graph read for one query (a seed folder or Neo4j), without a result cache.</summary>
    public LoadedGraph(ActorGraphData data, string origin)
        : this(new GraphSnapshot(data, 1, DateTimeOffset.UtcNow, origin), 0)
    {
    }

    /// <summary>The snapshot.</summary>
    public GraphSnapshot Snapshot { get; }

    /// <summary>The graph.</summary>
    public ActorGraphData Data => Snapshot.Data;

    /// <summary>Where the graph came from (seed folder, Neo4j address), for messages.</summary>
    public string Origin => Snapshot.Origin;

    /// <summary>The snapshot version.</summary>
    public long Version => Snapshot.Version;

    /// <summary>Resolves what users type to actors of this graph (an O(1) lookup per name; built on first use, or by
    /// <see cref="Prepare"/>).</summary>
    public ActorResolver Resolver => _resolver.Value;

    /// <summary>True once <see cref="Prepare"/> has run (or the first queries built the same indexes).</summary>
    public bool IsPrepared => _resolver.IsValueCreated && SemanticIndex.IsBuilt(Data);

    /// <summary>Builds every per-graph index queries need, now rather than during the first requests: the name
    /// resolver, the graph's incidence lists and the <see cref="SemanticIndex"/> (endpoints, time spans, processes by
    /// party). O(V + E), over the cores where it parallelises; the resolver and the index are independent and are built
    /// at the same time. The service calls it before publishing a graph, so ready still means every index is there.</summary>
    public void Prepare() => Parallel.Invoke(() => _ = Resolver, () => _ = SemanticIndex.Of(Data));

    /// <summary>The cached result for <paramref name="key"/>, if there is one (for results computed asynchronously).</summary>
    public bool TryGet<T>(object key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        value = _results.TryGetValue(key, out var hit) ? hit as T : null;
        return value is not null;
    }

    /// <summary>The cached result for <paramref name="key"/> (a record of the query's parameters), computing
    /// it on a miss. Results are immutable records, so sharing them between requests is safe. When the
    /// cache is full (by count, or by the bytes of cached byte arrays) it is emptied and refilled by later queries.</summary>
    public T GetOrCompute<T>(object key, Func<LoadedGraph, T> compute)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(compute);
        if (_maxResults == 0) return compute(this);
        if (_results.TryGetValue(key, out var hit)) return (T)hit;
        var value = compute(this);
        var size = value is byte[] bytes ? bytes.LongLength : 0;
        if (size > _maxBytes) return value;
        // The count is kept here: ConcurrentDictionary.Count takes every bucket lock, and asking it on every miss made
        // concurrent requests queue on those locks (a fifth of the service's time under load on the 1M-actor graph).
        if (Volatile.Read(ref _count) >= _maxResults || Interlocked.Add(ref _bytes, size) > _maxBytes)
        {
            lock (_results)
            {
                _results.Clear();
                Interlocked.Exchange(ref _count, 0);
                Interlocked.Exchange(ref _bytes, size);
            }
        }
        if (!_results.TryAdd(key, value)) return _results.TryGetValue(key, out var other) ? (T)other : value;
        Interlocked.Increment(ref _count);
        return value;
    }
}
