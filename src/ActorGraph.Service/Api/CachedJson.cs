using System.Diagnostics;
using System.Text.Json;
using ActorGraph.Hosting.Loading;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace ActorGraph.Service.Api;

/// <summary>Answers a query with JSON computed once per graph version: the result is serialised (with the API's JSON
/// options) and, when it took at least <see cref="MinCostToKeep"/> to compute, the bytes are kept in the graph's cache,
/// so a repeated costly query costs a dictionary lookup and a copy to the socket.</summary>
/// <remarks>Cheap answers (a mediators query between two ordinary actors takes tens of microseconds) are not kept:
/// under a stream of distinct queries every kept answer outlives the young generation and is promoted into the
/// multi-gigabyte old generation of a large graph only to be thrown away when the cache fills, which cost more than
/// recomputing it (measured in docs/benchmarks/service.md).</remarks>
public sealed class CachedJson
{
    /// <summary>The compute time from which an answer is kept in the cache.</summary>
    public static readonly TimeSpan MinCostToKeep = TimeSpan.FromMilliseconds(2);

    private readonly JsonSerializerOptions _options;
    private readonly TimeSpan _minCostToKeep;

    /// <summary>Serialises with the API's JSON options; keeps answers that cost at least <see cref="MinCostToKeep"/>.</summary>
    public CachedJson(IOptions<JsonOptions> json)
        : this(json, MinCostToKeep)
    {
    }

    /// <summary>Keeps answers that cost at least <paramref name="minCostToKeep"/> (tests pin it to zero or to never).</summary>
    internal CachedJson(IOptions<JsonOptions> json, TimeSpan minCostToKeep)
    {
        ArgumentNullException.ThrowIfNull(json);
        _options = json.Value.SerializerOptions;
        _minCostToKeep = minCostToKeep;
    }

    private sealed record JsonKey(object Key);

    /// <summary>The JSON of <paramref name="compute"/>'s result for <paramref name="key"/>.</summary>
    public IResult Get<T>(LoadedGraph graph, object key, Func<LoadedGraph, T> compute)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(compute);
        var cacheKey = new JsonKey(key);
        if (graph.TryGet<byte[]>(cacheKey, out var kept)) return Json(kept);
        var started = Stopwatch.GetTimestamp();
        var bytes = JsonSerializer.SerializeToUtf8Bytes(compute(graph), _options);
        if (Stopwatch.GetElapsedTime(started) >= _minCostToKeep) bytes = graph.GetOrCompute(cacheKey, _ => bytes);
        return Json(bytes);
    }

    private static IResult Json(byte[] bytes) => TypedResults.Bytes(bytes, "application/json; charset=utf-8");
}
