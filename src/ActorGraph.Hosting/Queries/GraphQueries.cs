using System.Collections.Immutable;
using ActorGraph.Analysis.Brokerage;
using ActorGraph.Analysis.Centrality;
using ActorGraph.Analysis.Clusters;
using ActorGraph.Analysis.Mediation;
using ActorGraph.Analysis.Paths;
using ActorGraph.Analysis.Projection;
using ActorGraph.Core.Model;
using ActorGraph.Core.Queries;
using ActorGraph.Hosting.Loading;

namespace ActorGraph.Hosting.Queries;

/// <summary>The questions ActorGraph answers, one method each, called alike by the CLI commands and the HTTP
/// endpoints: they parse and render, this computes. Each method takes validated ids (resolve names with
/// <see cref="LoadedGraph.Resolver"/>) and returns the analysis' immutable result record.</summary>
public static class GraphQueries
{
    /// <summary>All actors by name (case ignored), or those of one kind.</summary>
    public static ImmutableArray<Actor> Actors(LoadedGraph graph, ActorKind? kind = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return [.. graph.Data.Actors.Where(a => kind is null || a.Kind == kind).OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>One actor's profile: its ties with evidence and its processes.</summary>
    public static ActorProfile Profile(LoadedGraph graph, string actorId, DateOnly? asOf)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return ActorProfile.Build(graph.Data, actorId, asOf);
    }

    /// <summary>Who mediates between <paramref name="a"/> and <paramref name="b"/>; with <paramref name="byCluster"/>
    /// the brokerage roles are taken against the influence clusters (default options) instead of the two sides.</summary>
    public static MediationResult Mediators(LoadedGraph graph, string a, string b, DateOnly? asOf, bool byCluster = false)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var partition = byCluster
            ? BrokerRoles.PartitionOf(ClusterAnalysis.Run(graph.Data, projection: new ProjectionOptions(AsOf: asOf)))
            : null;
        return MediatorFinder.Find(graph.Data, a, b, new MediatorQuery(AsOf: asOf, Partition: partition));
    }

    /// <summary>The k shortest chains of ties from <paramref name="from"/> to <paramref name="to"/>, or why there is none.</summary>
    public static PathSearchResult Paths(LoadedGraph graph, string from, string to, PathQuery query)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return PathFinder.Find(graph.Data, from, to, query);
    }

    /// <summary>The influence clusters (camps), seeded and reproducible.</summary>
    public static ClusterReport Clusters(LoadedGraph graph, ClusterOptions options, DateOnly? asOf)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return ClusterAnalysis.Run(graph.Data, options, new ProjectionOptions(AsOf: asOf));
    }

    /// <summary>Actors ranked by a centrality measure; <paramref name="between"/> asks for dyad betweenness.</summary>
    public static CentralityReport Centrality(LoadedGraph graph, CentralityMeasure measure, DateOnly? asOf, (string A, string B)? between, int top)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return CentralityReport.Build(graph.Data, measure, asOf, between, top);
    }

    /// <summary>Gould–Fernandez brokerage roles against the clusters of <paramref name="options"/>; one actor or all.</summary>
    public static BrokerageReport Brokerage(LoadedGraph graph, ClusterOptions options, DateOnly? asOf, string? actorId = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return BrokerageAnalysis.Run(graph.Data, options, new ProjectionOptions(AsOf: asOf), actorId);
    }
}
