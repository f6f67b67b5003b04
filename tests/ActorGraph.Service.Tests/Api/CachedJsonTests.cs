using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Hosting.Loading;
using ActorGraph.Service.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;

namespace ActorGraph.Service.Tests.Api;

public sealed class CachedJsonTests
{
    private sealed record Answer(string Text, int Call);

    private static LoadedGraph Graph() => new(new GraphSnapshot(ActorGraphData.Empty, 1, DateTimeOffset.UnixEpoch, "test"), maxResults: 10);

    private static string Body(IResult result) => System.Text.Encoding.UTF8.GetString(Assert.IsType<FileContentHttpResult>(result).FileContents.Span);

    [Fact]
    public void An_answer_that_cost_at_least_the_threshold_is_served_again_from_the_cache()
    {
        var json = new CachedJson(Microsoft.Extensions.Options.Options.Create(new JsonOptions()), TimeSpan.Zero);
        var graph = Graph();
        var calls = 0;
        var first = Body(json.Get(graph, "k", _ => new Answer("a", ++calls)));
        var second = Body(json.Get(graph, "k", _ => new Answer("a", ++calls)));
        Assert.Equal(1, calls);
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_cheaper_answer_is_computed_again_and_is_the_same_json()
    {
        var json = new CachedJson(Microsoft.Extensions.Options.Options.Create(new JsonOptions()), TimeSpan.MaxValue);
        var graph = Graph();
        var calls = 0;
        Assert.Equal("""{"text":"a","call":1}""", Body(json.Get(graph, "k", _ => new Answer("a", ++calls))));
        Assert.Equal("""{"text":"a","call":2}""", Body(json.Get(graph, "k", _ => new Answer("a", ++calls))));
        Assert.False(graph.TryGet<byte[]>("k", out _));
    }

    [Fact]
    public void Answers_of_different_graph_versions_are_kept_apart()
    {
        var json = new CachedJson(Microsoft.Extensions.Options.Options.Create(new JsonOptions()), TimeSpan.Zero);
        Assert.Contains("\"old\"", Body(json.Get(Graph(), "k", _ => new Answer("old", 1))), StringComparison.Ordinal);
        Assert.Contains("\"new\"", Body(json.Get(Graph(), "k", _ => new Answer("new", 1))), StringComparison.Ordinal);
    }
}
