namespace ActorGraph.Bolt.Messages;

/// <summary>A message from the server: SUCCESS, RECORD, IGNORED or FAILURE [§5].</summary>
public interface IResponseMessage;

/// <summary>SUCCESS: <c>B1 70 {metadata}</c>.</summary>
public sealed record SuccessMessage(IReadOnlyDictionary<string, object?> Metadata) : IResponseMessage
{
    public object? this[string key] => Metadata.GetValueOrDefault(key);
}

/// <summary>RECORD: <c>B1 71 [values]</c>.</summary>
public sealed record RecordMessage(object?[] Values) : IResponseMessage;

/// <summary>IGNORED: <c>B0 7E</c>, the answer to every request after a FAILURE until RESET.</summary>
public sealed record IgnoredMessage : IResponseMessage
{
    public static readonly IgnoredMessage Instance = new();
}

/// <summary>FAILURE: <c>B1 7F {code|neo4j_code, message, gql_status?, description?, diagnostic_record?, cause?}</c>.</summary>
public sealed record FailureMessage(IReadOnlyDictionary<string, object?> Metadata) : IResponseMessage;
