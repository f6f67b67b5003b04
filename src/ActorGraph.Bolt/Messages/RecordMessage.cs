namespace ActorGraph.Bolt.Messages;

/// <summary>RECORD: <c>B1 71 [values]</c>.</summary>
public sealed record RecordMessage(object?[] Values) : IResponseMessage;
