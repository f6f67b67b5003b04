using ActorGraph.Core.Model;

namespace ActorGraph.Import.Mediation;

/// <summary>The source that inferred processes cite first: ActorGraph's own inference, whose evidence note
/// says why the triangle was made (counts, dates, direct talks, status). The event reports follow it.</summary>
public static class InferenceSource
{
    /// <summary>The source id, the same in every import.</summary>
    public const string Id = "actorgraph-inference";

    /// <summary>The source record.</summary>
    public static Source Source { get; } = new(Id, "Mediation inferred by ActorGraph from imported event data (not a report of mediation)", "ActorGraph");
}
