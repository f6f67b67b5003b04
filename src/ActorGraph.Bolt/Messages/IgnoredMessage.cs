namespace ActorGraph.Bolt.Messages;

/// <summary>IGNORED: <c>B0 7E</c>, the answer to every request after a FAILURE until RESET.</summary>
public sealed record IgnoredMessage : IResponseMessage
{
    public static readonly IgnoredMessage Instance = new();
}
