namespace ActorGraph.Analysis.Clusters;

/// <summary>Which community-detection method to run.</summary>
public enum ClusterAlgorithm
{
    /// <summary>Leiden (Traag, Waltman and van Eck 2019): fast local moving, refinement, aggregation.
    /// Every cluster it returns is connected through cooperative ties.</summary>
    Leiden,
    /// <summary>Louvain (Blondel et al. 2008): local moving and aggregation, no refinement. Faster per
    /// level; a cluster can, rarely, be internally disconnected.</summary>
    Louvain,
}
