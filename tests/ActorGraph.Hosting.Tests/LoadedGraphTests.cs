using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Hosting.Loading;

namespace ActorGraph.Hosting.Tests;

public sealed class LoadedGraphTests
{
    private static readonly GraphSnapshot Snapshot = new(ActorGraphData.Empty, 1, DateTimeOffset.UnixEpoch, "test");

    [Fact]
    public void A_result_is_computed_once_per_key()
    {
        var graph = new LoadedGraph(Snapshot, maxResults: 10);
        var calls = 0;
        var first = graph.GetOrCompute("k", _ => { calls++; return new object(); });
        var second = graph.GetOrCompute("k", _ => { calls++; return new object(); });
        Assert.Same(first, second);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void A_full_cache_is_emptied_and_refilled()
    {
        var graph = new LoadedGraph(Snapshot, maxResults: 2);
        var calls = 0;
        object Compute(LoadedGraph _) { calls++; return new object(); }
        graph.GetOrCompute(1, Compute);
        graph.GetOrCompute(2, Compute);
        graph.GetOrCompute(3, Compute); // over the count: the cache starts again with 3 only
        graph.GetOrCompute(3, Compute);
        graph.GetOrCompute(1, Compute);
        Assert.Equal(4, calls);
    }

    [Fact]
    public void Byte_arrays_count_against_the_byte_budget()
    {
        var graph = new LoadedGraph(Snapshot, maxResults: 100, maxBytes: 100);
        var calls = 0;
        byte[] Compute(LoadedGraph _) { calls++; return new byte[60]; }
        graph.GetOrCompute("a", Compute);
        graph.GetOrCompute("a", Compute);
        Assert.Equal(1, calls);
        graph.GetOrCompute("b", Compute); // 120 bytes > 100: emptied, b kept
        graph.GetOrCompute("b", Compute);
        graph.GetOrCompute("a", Compute);
        Assert.Equal(3, calls);
        var huge = graph.GetOrCompute("huge", _ => new byte[500]); // larger than the budget: never kept
        Assert.NotSame(huge, graph.GetOrCompute("huge", _ => new byte[500]));
    }

    [Fact]
    public void A_zero_size_cache_always_computes()
    {
        var graph = new LoadedGraph(Snapshot, maxResults: 0);
        Assert.NotSame(graph.GetOrCompute("k", _ => new object()), graph.GetOrCompute("k", _ => new object()));
    }
}
