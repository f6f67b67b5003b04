using ActorGraph.Import.Mapping;

namespace ActorGraph.Import.Aggregation;

/// <summary>A finished tie with the day numbers the relation record does not keep, for the triangle finder.</summary>
internal sealed record AggregatedTie(
    int Source,
    int Target,
    EventMapping Mapping,
    int FirstDay,
    int LastDay,
    int Count,
    string RelationId,
    IReadOnlyList<ActorGraph.Core.Model.Evidence> Evidence);
