namespace ActorGraph.Hosting.Stores;

/// <summary>How readiness checks that the store answers: a Bolt round trip for Neo4j (not a read of the
/// whole graph), a snapshot read for the embedded store.</summary>
public sealed class StoreProbe(Func<CancellationToken, Task> probe)
{
    /// <summary>Completes when the store answers; throws when it does not.</summary>
    public Task ProbeAsync(CancellationToken cancellationToken) => probe(cancellationToken);
}
