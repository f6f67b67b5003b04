using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Hosting.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Hosting.Tests;

/// <summary>Start-up against a store that is not reachable yet (Neo4j starting in the next container).</summary>
public sealed class StoreRetryTests
{
    private const string Password = "never-log-me-7";

    /// <summary>Refuses the first <c>failures</c> replaces, like a server that is still starting.</summary>
    private sealed class StartingStore(int failures) : IGraphStore
    {
        private GraphSnapshot _snapshot = GraphSnapshot.Empty;
        private int _attempts;

        public int Attempts => _attempts;

        public string Description => "bolt://127.0.0.1:7687";

        public Task ReplaceAsync(ActorGraphData data, string origin, IProgress<StoreProgress>? progress = null, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Increment(ref _attempts) <= failures) throw new IOException("connection refused");
            _snapshot = new GraphSnapshot(data, _snapshot.Version + 1, DateTimeOffset.UtcNow, origin);
            return Task.CompletedTask;
        }

        public Task<GraphSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default) => Task.FromResult(_snapshot);
    }

    private static Dictionary<string, string?> Neo4j(int timeoutSeconds) => new()
    {
        ["ActorGraph:Neo4j:Uri"] = "bolt://127.0.0.1:7687",
        ["ActorGraph:Neo4j:Password"] = Password,
        ["ActorGraph:Neo4j:StartupTimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task The_first_load_is_retried_with_backoff_until_the_store_answers()
    {
        var store = new StartingStore(failures: 2);
        await using var host = SeedHost.Create(settings: Neo4j(60), store: store);
        await host.StartAsync();
        await host.WaitForAsync(s => s.IsReady, "the store to come up");

        Assert.Equal(3, store.Attempts);
        var waits = host.Logs.Lines.Where(l => l.Level == LogLevel.Warning && l.Message.Contains("unavailable", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, waits.Count);
        Assert.Contains("attempt 1", waits[0].Message, StringComparison.Ordinal);
        Assert.Contains("retrying in 1 s", waits[0].Message, StringComparison.Ordinal);
        Assert.Contains("retrying in 2 s", waits[1].Message, StringComparison.Ordinal);
        Assert.Contains("connection refused", waits[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.Lines, l => l.Message.Contains(Password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_store_that_stays_unreachable_stops_the_host_with_a_clear_reason()
    {
        var store = new StartingStore(failures: int.MaxValue);
        await using var host = SeedHost.Create(settings: Neo4j(0), store: store);
        var lifetime = host.Host.Services.GetRequiredService<IHostApplicationLifetime>();
        await host.StartAsync();
        // The loader records the reason, then asks the host to stop: wait for both, or a busy machine sees the
        // first without the second.
        await host.WaitForAsync(s => s.FatalError is not null && lifetime.ApplicationStopping.IsCancellationRequested,
            "the loader to give up and stop the host");

        Assert.False(host.State.IsReady);
        Assert.Contains("connection refused", host.State.FatalError, StringComparison.Ordinal);
        Assert.Contains(host.Logs.Lines, l => l.Level == LogLevel.Critical && l.Message.Contains("still unavailable", StringComparison.Ordinal));
    }
}
