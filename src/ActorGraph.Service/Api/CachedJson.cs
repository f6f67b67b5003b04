using System.Text.Json;
using ActorGraph.Hosting.Loading;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace ActorGraph.Service.Api;

/// <summary>Answers a query with JSON computed once per graph version: the result is serialised once
/// (with the API's JSON options) and the bytes are kept in the graph's cache, so a repeated query costs
/// a dictionary lookup and a copy to the socket.</summary>
public sealed class CachedJson(IOptions<JsonOptions> json)
{
    private readonly JsonSerializerOptions _options = json.Value.SerializerOptions;

    private sealed record JsonKey(object Key);

    /// <summary>The JSON of <paramref name="compute"/>'s result for <paramref name="key"/>.</summary>
    public IResult Get<T>(LoadedGraph graph, object key, Func<LoadedGraph, T> compute)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(graph);
        var bytes = graph.GetOrCompute(new JsonKey(key), g => JsonSerializer.SerializeToUtf8Bytes(compute(g), _options));
        return TypedResults.Bytes(bytes, "application/json; charset=utf-8");
    }
}
