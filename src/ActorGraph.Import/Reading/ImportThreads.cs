namespace ActorGraph.Import.Reading;

/// <summary>Whether an import parses on the thread pool (blocks of lines parsed on the other cores while the calling
/// thread aggregates them in input order, <see cref="OrderedPipeline"/>). Off with one core, or when the
/// <c>ActorGraph.Import.SingleThread</c> switch is set (<c>AppContext.SetSwitch</c>, or <c>runtimeconfig.json</c>): then
/// each block is parsed and aggregated in turn on the calling thread. Either way the graph and the problems found are
/// the same.</summary>
public static class ImportThreads
{
    /// <summary>The <see cref="AppContext"/> switch that keeps an import's parse on the calling thread.</summary>
    public const string SingleThreadSwitch = "ActorGraph.Import.SingleThread";

    /// <summary>True when an import may parse on other threads (read at each file, not cached).</summary>
    public static bool Concurrent =>
        Environment.ProcessorCount > 1 && !(AppContext.TryGetSwitch(SingleThreadSwitch, out var single) && single);
}
