using ActorGraph.Core.Storage;
using ActorGraph.Hosting.Loading;
using ActorGraph.Hosting.Stores;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Hosting.Health;

/// <summary>Ready when a graph has been loaded, its query indexes are built (<see cref="LoadedGraph.IsPrepared"/>) and
/// the store answers. The store is asked at most every few seconds, so frequent probes cost nothing. A change of
/// readiness is logged once, when it happens, not on every probe (the host's own per-probe log is filtered out by
/// <see cref="Extensions.HostingExtensions.AddActorGraph"/>).</summary>
public sealed class GraphReadyHealthCheck(GraphState state, IGraphStore store, StoreProbe probe, TimeProvider time, ILogger<GraphReadyHealthCheck> logger)
    : IHealthCheck, IDisposable
{
    private static readonly TimeSpan ProbeEvery = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);

    private readonly SemaphoreSlim _probe = new(1, 1);
    private readonly Lock _transition = new();
    private (DateTimeOffset At, string? Error)? _lastProbe;
    private HealthStatus? _lastStatus;

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var result = await CheckAsync(cancellationToken).ConfigureAwait(false);
        lock (_transition)
        {
            if (_lastStatus == result.Status) return result;
            _lastStatus = result.Status;
        }
        if (result.Status == HealthStatus.Healthy) logger.BecameReady(result.Description ?? "");
        else logger.NotReady(result.Description ?? "");
        return result;
    }

    private async Task<HealthCheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        var data = new Dictionary<string, object> { ["store"] = store.Description };
        if (state.LastReport is { } report) data["lastLoad"] = report.Succeeded ? "ok" : $"{report.Errors.Length} error(s)";
        if (state.Current is not { } graph)
        {
            var errors = state.PendingErrors;
            return HealthCheckResult.Unhealthy(errors.IsEmpty
                ? "the graph has not been loaded yet"
                : $"the seed has {errors.Length} error(s), first: {errors[0]}", data: data);
        }
        data["version"] = graph.Version;
        // The loader prepares a graph before publishing it; this keeps readiness honest should that ever change.
        if (!graph.IsPrepared) return HealthCheckResult.Unhealthy($"graph version {graph.Version} is being indexed", data: data);
        var storeError = await ProbeStoreAsync(cancellationToken).ConfigureAwait(false);
        return storeError is null
            ? HealthCheckResult.Healthy($"serving graph version {graph.Version}", data)
            : HealthCheckResult.Unhealthy($"store {store.Description} does not answer: {storeError}", data: data);
    }

    private async Task<string?> ProbeStoreAsync(CancellationToken cancellationToken)
    {
        if (_lastProbe is { } last && time.GetUtcNow() - last.At < ProbeEvery) return last.Error;
        await _probe.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_lastProbe is { } again && time.GetUtcNow() - again.At < ProbeEvery) return again.Error;
            string? error = null;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(ProbeTimeout);
            try
            {
                await probe.ProbeAsync(timeout.Token).WaitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                error = $"no answer within {ProbeTimeout.TotalSeconds} s";
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                error = ex.Message;
            }
            _lastProbe = (time.GetUtcNow(), error);
            return error;
        }
        finally
        {
            _probe.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _probe.Dispose();
}
