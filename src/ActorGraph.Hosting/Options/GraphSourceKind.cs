namespace ActorGraph.Hosting.Options;

/// <summary>Where a one-shot query reads its graph (<see cref="SourceOptions.Kind"/>).</summary>
public enum GraphSourceKind
{
    /// <summary>The seed folder of <see cref="SeedOptions.Folder"/>, read and validated for the query.</summary>
    Seed,

    /// <summary>The Neo4j store of <see cref="Neo4jOptions"/>, read back in read access mode (loaded there
    /// with <c>actorgraph load</c> or by the service).</summary>
    Neo4j,
}
