namespace ActorGraph.Storage.Neo4j;

/// <summary>Settings of <see cref="Neo4jGraphStore"/>.</summary>
public sealed record Neo4jStoreOptions
{
    /// <summary>The database; null for the user's home database.</summary>
    public string? Database { get; init; }

    /// <summary>Rows per UNWIND statement; each batch is its own transaction. Default 5,000.</summary>
    public int BatchSize { get; init; } = 5_000;

    /// <summary>Description for messages ("bolt://localhost:7687"); never contains credentials.</summary>
    public string Description { get; init; } = "neo4j";
}
