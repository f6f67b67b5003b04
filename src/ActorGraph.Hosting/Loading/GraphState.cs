using System.Collections.Immutable;

namespace ActorGraph.Hosting.Loading;

/// <summary>What the service is serving now: the last good graph and the last load attempt.
/// Readers never block; the loader swaps whole objects.</summary>
public sealed class GraphState
{
    private volatile LoadedGraph? _current;
    private volatile LoadReport? _lastReport;

    /// <summary>The graph being served, or null before the first successful load.</summary>
    public LoadedGraph? Current => _current;

    /// <summary>True once a load has succeeded: the service can answer queries.</summary>
    public bool IsReady => _current is not null;

    /// <summary>The last load attempt, good or bad; null before the first.</summary>
    public LoadReport? LastReport => _lastReport;

    /// <summary>The errors of the last attempt when it failed, else empty.</summary>
    public ImmutableArray<string> PendingErrors => _lastReport is { Succeeded: false } r ? r.Errors : [];

    /// <summary>Set when the service gave up (the store stayed unreachable at start); the host is stopping.</summary>
    public string? FatalError { get; private set; }

    internal void Publish(LoadedGraph graph) => _current = graph;

    internal void Fail(string message) => FatalError = message;

    internal void Record(LoadReport report) => _lastReport = report;
}
