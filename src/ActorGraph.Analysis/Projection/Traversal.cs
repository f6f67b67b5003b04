namespace ActorGraph.Analysis.Projection;

/// <summary>How a relation of a directed kind (<c>engages</c>, <c>mediates</c>, <c>supports</c>) becomes arcs.</summary>
/// <remarks>Undirected kinds (<c>meets</c>, <c>negotiates</c>, <c>armed-conflict</c>) always give arcs both ways.</remarks>
public enum Traversal
{
    /// <summary>Directed cooperative kinds are channels both ways (talking works in both directions);
    /// other directed kinds keep their direction. The default for paths and mediation.</summary>
    CooperativeBothWays,
    /// <summary>Every directed kind is followed from source to target only (influence flows, PageRank).</summary>
    AsDirected,
    /// <summary>Every relation is an arc both ways: the undirected view (weak components, clusters).</summary>
    Undirected,
}
