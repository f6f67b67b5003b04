using System.Collections.Immutable;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Projection;

/// <summary>What came out of a process (a truce, an agreement), as shown with the process in an answer.</summary>
/// <param name="Date">When, if recorded.</param>
/// <param name="Description">What came out of it.</param>
/// <param name="Evidence">Where it comes from, with the sources resolved.</param>
public sealed record OutcomeItem(DateOnly? Date, string Description, ImmutableArray<EvidenceItem> Evidence)
{
    /// <summary>The outcomes of <paramref name="process"/>, in record order.</summary>
    public static ImmutableArray<OutcomeItem> Of(MediationProcess process, ActorGraphData data)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(data);
        return [.. process.Outcomes.Select(o => new OutcomeItem(o.Date, o.Description, EvidenceItem.Of(o.Evidence, data)))];
    }
}
