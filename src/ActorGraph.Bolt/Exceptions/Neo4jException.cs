namespace ActorGraph.Bolt;

/// <summary>The base of every error this client raises. <see cref="Code"/> is the Neo4j status code
/// (e.g. <c>Neo.ClientError.Statement.SyntaxError</c>) when the server sent one. The GQL fields are
/// filled from Bolt 5.7+ FAILURE metadata [§7]. Messages never contain credentials.</summary>
public class Neo4jException : Exception
{
    public Neo4jException() : this(null, "A Neo4j error occurred.") { }
    public Neo4jException(string message) : this(null, message) { }
    public Neo4jException(string message, Exception? inner) : this(null, message, inner) { }

    public Neo4jException(string? code, string message, Exception? inner = null) : base(message, inner)
    {
        Code = code;
    }

    /// <summary>The Neo4j status code, or null for driver-side errors (connection lost and the like).</summary>
    public string? Code { get; }

    /// <summary>The GQLSTATUS (5 characters, Bolt 5.7+), else null.</summary>
    public string? GqlStatus { get; internal set; }

    /// <summary>The GQL status description (Bolt 5.7+), else null.</summary>
    public string? GqlStatusDescription { get; internal set; }

    /// <summary>CLIENT_ERROR, TRANSIENT_ERROR, DATABASE_ERROR or UNKNOWN: from the 5.7+ diagnostic
    /// record when present, else derived from <see cref="Code"/>.</summary>
    public string Classification { get; internal set; } = "UNKNOWN";

    /// <summary>The 5.7+ diagnostic record (with defaults filled in), else empty.</summary>
    public IReadOnlyDictionary<string, object?> DiagnosticRecord { get; internal set; } = new Dictionary<string, object?>();

    /// <summary>True when running the same work again may succeed (managed transactions retry these).</summary>
    public virtual bool IsRetriable => false;

    /// <summary>Same as <see cref="GqlStatusDescription"/>, under the name the brief of this client uses.</summary>
    public string? Description => GqlStatusDescription;

    public override string ToString() => Code is null ? $"{GetType().Name}: {Message}" : $"{GetType().Name} [{Code}]: {Message}";
}
