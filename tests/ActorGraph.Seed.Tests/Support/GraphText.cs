using System.Text.Json;
using ActorGraph.Core.Json;
using ActorGraph.Core.Model;

namespace ActorGraph.Seed.Tests.Support;

/// <summary>A graph as canonical JSON text, so two graphs compare by content, in order.</summary>
public static class GraphText
{
    public static string Of(ActorGraphData graph) =>
        JsonSerializer.Serialize(new { graph.Actors, graph.Sources, graph.Relations, graph.Processes }, ActorGraphJson.Indented);
}
