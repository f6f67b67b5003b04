namespace ActorGraph.Bolt.Messages;

/// <summary>SUCCESS: <c>B1 70 {metadata}</c>.</summary>
public sealed record SuccessMessage(IReadOnlyDictionary<string, object?> Metadata) : IResponseMessage
{
    public object? this[string key] => Metadata.GetValueOrDefault(key);
}
