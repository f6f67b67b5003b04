namespace ActorGraph.Export;

/// <summary>The Graphviz layout program named in the DOT graph attributes.</summary>
public enum LayoutEngine
{
    /// <summary>Hierarchical layout: clear for small, focused views, very slow past a few hundred nodes.</summary>
    Dot,
    /// <summary>Spring model: mid-sized graphs (hundreds of nodes).</summary>
    Neato,
    /// <summary>Multiscale force-directed layout: large graphs (thousands of nodes and more).</summary>
    Sfdp,
    /// <summary>Force-directed layout that also draws clusters as boxes: small to mid-sized graphs.</summary>
    Fdp,
    /// <summary>Circular layout: small graphs, each biconnected part on a circle.</summary>
    Circo,
}
