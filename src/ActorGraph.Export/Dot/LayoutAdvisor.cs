namespace ActorGraph.Export.Dot;

/// <summary>The layout to use, and a warning for the user when the choice will be slow.</summary>
/// <param name="Engine">The layout to write into the graph and run.</param>
/// <param name="Warning">A message for standard error, or null.</param>
public sealed record LayoutAdvice(LayoutEngine Engine, string? Warning);

/// <summary>Picks a Graphviz layout from the size of the drawing, so nobody waits ten minutes by accident.</summary>
/// <remarks>Measured with graphviz 2.43 on random scale-free graphs with labelled edges (docs/export.md):
/// <c>dot</c> took 0.17 s for 50 nodes and 584 s for 500; <c>sfdp</c> took 0.22 s for 500 and 10.5 s
/// for 5000. Hence <c>dot</c> only up to <see cref="DotLimit"/> actors.</remarks>
public static class LayoutAdvisor
{
    /// <summary>The most actors for which <c>dot</c> is picked (and not warned about).</summary>
    public const int DotLimit = 200;

    /// <summary>The layout for <paramref name="nodeCount"/> nodes: the requested one (with a warning when it
    /// is <c>dot</c> on a large graph), or <c>dot</c> up to <see cref="DotLimit"/> and <c>sfdp</c> beyond.</summary>
    public static LayoutAdvice Advise(LayoutEngine? requested, int nodeCount)
    {
        if (requested is { } engine)
        {
            return engine == LayoutEngine.Dot && nodeCount > DotLimit
                ? new LayoutAdvice(engine, $"warning: 'dot' layout of {nodeCount} nodes may take many minutes " +
                    $"(500 nodes took about 10 minutes in our measurements); consider --layout sfdp, or --focus A B for a smaller view")
                : new LayoutAdvice(engine, null);
        }
        return nodeCount > DotLimit
            ? new LayoutAdvice(LayoutEngine.Sfdp, null)
            : new LayoutAdvice(LayoutEngine.Dot, null);
    }
}
