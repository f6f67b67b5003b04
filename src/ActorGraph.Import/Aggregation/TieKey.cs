namespace ActorGraph.Import.Aggregation;

/// <summary>What events are aggregated by: a directed actor pair (canonical order for undirected kinds),
/// the event mapping, and the time window.</summary>
internal readonly record struct TieKey(int Source, int Target, int Mapping, int Window);
