namespace ActorGraph.Bolt.Messages;

/// <summary>FAILURE: <c>B1 7F {code|neo4j_code, message, gql_status?, description?, diagnostic_record?, cause?}</c>.</summary>
public sealed record FailureMessage(IReadOnlyDictionary<string, object?> Metadata) : IResponseMessage;
