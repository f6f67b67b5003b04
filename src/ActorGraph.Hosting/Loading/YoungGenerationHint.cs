namespace ActorGraph.Hosting.Loading;

/// <summary>Whether to tell the operator about the GC's young generation. On machines that report no CPU cache size
/// (common on virtual machines) .NET sizes generation 0 at about 2 MB, and a service holding a graph of gigabytes then
/// spends a tenth of its time in collections; `DOTNET_GCgen0size` fixes it, but the runtime reads that knob only from
/// the environment, so the program cannot set it itself (docs/service.md, "Memory and the GC").</summary>
public static class YoungGenerationHint
{
    /// <summary>Heaps below this size are not worth a hint: the collections stay cheap.</summary>
    public const long HeapThresholdBytes = 1L << 30;

    /// <summary>The variables the runtime reads the knob from, newest name first.</summary>
    public static readonly IReadOnlyList<string> Variables = ["DOTNET_GCgen0size", "COMPlus_GCgen0size"];

    /// <summary>True when the heap holding the loaded graph is large and no variable sets the young generation.</summary>
    public static bool Needed(long heapBytes, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return heapBytes >= HeapThresholdBytes && Variables.All(name => string.IsNullOrWhiteSpace(environment(name)));
    }
}
