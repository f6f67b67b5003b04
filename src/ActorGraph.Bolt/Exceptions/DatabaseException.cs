namespace ActorGraph.Bolt;

/// <summary>A failure inside the database (Neo.DatabaseError.*); not retried.</summary>
public class DatabaseException : Neo4jException
{
    public DatabaseException() : this("Database error.") { }
    public DatabaseException(string message) : base(null, message) { }
    public DatabaseException(string message, Exception? inner) : base(null, message, inner) { }
    public DatabaseException(string? code, string message, Exception? inner = null) : base(code, message, inner) { }

    public override bool IsRetriable => false;
}
