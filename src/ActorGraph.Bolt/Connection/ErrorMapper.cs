using ActorGraph.Bolt.Messages;

namespace ActorGraph.Bolt;

/// <summary>Turns FAILURE metadata into typed exceptions [§7]. Reads <c>neo4j_code</c> (5.7+) or <c>code</c>,
/// the GQL fields and a nested <c>cause</c>, which becomes the inner exception.</summary>
internal static class ErrorMapper
{
    public static Neo4jException FromFailure(FailureMessage failure) => FromMetadata(failure.Metadata);

    public static Neo4jException FromMetadata(IReadOnlyDictionary<string, object?> metadata)
    {
        var code = metadata.GetValueOrDefault("neo4j_code") as string ?? metadata.GetValueOrDefault("code") as string;
        var message = metadata.GetValueOrDefault("message") as string ?? "The server reported an error without a message.";
        var inner = metadata.GetValueOrDefault("cause") is IReadOnlyDictionary<string, object?> cause ? FromMetadata(cause) : null;
        var diagnostic = new Dictionary<string, object?>(StringComparer.Ordinal);
        var gqlStatus = metadata.GetValueOrDefault("gql_status") as string;
        if (metadata.GetValueOrDefault("diagnostic_record") is IReadOnlyDictionary<string, object?> record)
            foreach (var (k, v) in record) diagnostic[k] = v;
        if (gqlStatus is not null)
        {
            // Defaults for missing diagnostic keys, as the official drivers fill them [§7].
            diagnostic.TryAdd("OPERATION", "");
            diagnostic.TryAdd("OPERATION_CODE", "0");
            diagnostic.TryAdd("CURRENT_SCHEMA", "/");
        }
        var classification = (diagnostic.GetValueOrDefault("_classification") as string) switch
        {
            "CLIENT_ERROR" => "CLIENT_ERROR",
            "TRANSIENT_ERROR" => "TRANSIENT_ERROR",
            "DATABASE_ERROR" => "DATABASE_ERROR",
            null => ClassifyCode(code),
            _ => "UNKNOWN",
        };
        var ex = Create(code, message, inner);
        ex.GqlStatus = gqlStatus;
        ex.GqlStatusDescription = metadata.GetValueOrDefault("description") as string;
        ex.Classification = classification;
        ex.DiagnosticRecord = diagnostic;
        return ex;
    }

    private static string ClassifyCode(string? code) => code?.Split('.') is [_, var c, ..]
        ? c switch
        {
            "ClientError" => "CLIENT_ERROR",
            "TransientError" => "TRANSIENT_ERROR",
            "DatabaseError" => "DATABASE_ERROR",
            _ => "UNKNOWN",
        }
        : "UNKNOWN";

    private static Neo4jException Create(string? code, string message, Exception? inner)
    {
        switch (code)
        {
            case null: return new DatabaseException(null, message, inner);
            case "Neo.ClientError.Security.TokenExpired":
                return new TokenExpiredException(code, message, inner);
            case "Neo.ClientError.Security.Unauthorized" or "Neo.ClientError.Security.CredentialsExpired":
                return new AuthenticationException(code, message, inner);
            case "Neo.ClientError.Security.AuthorizationExpired":
                return new AuthorizationException(code, message, inner);
            case "Neo.ClientError.Database.DatabaseNotFound":
                return new FatalDiscoveryException(code, message, inner);
            // 5.x drivers treat these two transient codes as client errors: the transaction was stopped on purpose [§7].
            case "Neo.TransientError.Transaction.Terminated" or "Neo.TransientError.Transaction.LockClientStopped":
                return new ClientException(code, message, inner);
        }
        return ClassifyCode(code) switch
        {
            "TRANSIENT_ERROR" => new TransientException(code, message, inner),
            "CLIENT_ERROR" => new ClientException(code, message, inner),
            "DATABASE_ERROR" => new DatabaseException(code, message, inner),
            _ => new Neo4jException(code, message, inner),
        };
    }
}
