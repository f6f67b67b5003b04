using ActorGraph.Core.Model;
using ActorGraph.Core.Resolution;

namespace ActorGraph.Cli.Infrastructure;

/// <summary>A graph a command works on, with a resolver for the actor names the user typed.</summary>
public sealed class LoadedGraph
{
    /// <summary>Wraps a loaded graph.</summary>
    public LoadedGraph(ActorGraphData data, string origin)
    {
        Data = data;
        Origin = origin;
        Resolver = new ActorResolver(data);
    }

    /// <summary>The graph.</summary>
    public ActorGraphData Data { get; }

    /// <summary>Where it came from, for messages.</summary>
    public string Origin { get; }

    /// <summary>Name resolution over the graph's ids, names and aliases.</summary>
    public ActorResolver Resolver { get; }

    /// <summary>The actor the user meant; a <see cref="CliException"/> naming the closest matches otherwise.</summary>
    public Actor Resolve(string query) => Resolver.Resolve(query) switch
    {
        ActorResolution.Found found => found.Actor,
        var other => throw new CliException(other.Describe()),
    };
}
