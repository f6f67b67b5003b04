namespace ActorGraph.Storage.Neo4j;

/// <summary>The graph in Neo4j cannot be used by ActorGraph (an unknown kind, a relation to a missing actor),
/// or a load failed; the message says what and where.</summary>
public sealed class Neo4jStoreException : Exception
{
    public Neo4jStoreException(string message) : base(message) { }

    public Neo4jStoreException(string message, Exception innerException) : base(message, innerException) { }

    public Neo4jStoreException() : this("the Neo4j store failed") { }
}
