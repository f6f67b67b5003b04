namespace ActorGraph.Import.Reading;

/// <summary>Whether an import spreads its work over the cores: parse blocks on the thread pool while this thread aggregates,
/// the triangle index built beside the source ids, the co-reported triangles beside the pair probes. Off with one core,
/// or when the <c>ActorGraph.Import.SingleThread</c> switch is set (<c>AppContext.SetSwitch</c>, or
/// <c>runtimeconfig.json</c>): then every step runs in order on the calling thread. Either way the graph is the same.</summary>
public static class ImportThreads
{
    /// <summary>The <see cref="AppContext"/> switch that keeps an import on one thread.</summary>
    public const string SingleThreadSwitch = "ActorGraph.Import.SingleThread";

    /// <summary>True when an import may run work on other threads (read at each step, not cached).</summary>
    public static bool Concurrent =>
        Environment.ProcessorCount > 1 && !(AppContext.TryGetSwitch(SingleThreadSwitch, out var single) && single);
}
