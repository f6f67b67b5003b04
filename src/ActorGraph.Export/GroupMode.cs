namespace ActorGraph.Export;

/// <summary>How actors are boxed together in a drawing (<c>subgraph cluster_*</c> in DOT).</summary>
public enum GroupMode
{
    /// <summary>No boxes.</summary>
    None,
    /// <summary>One box per <see cref="Core.Model.ActorKind"/> (states, armed groups, ...).</summary>
    Kind,
    /// <summary>One box per influence cluster from <see cref="ExportOptions.Clusters"/>.</summary>
    Cluster,
}
