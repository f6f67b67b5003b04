namespace ActorGraph.Bolt;

/// <summary>A result was read after it was consumed, or after the transaction that ran it ended.</summary>
public class ResultConsumedException : ClientException
{
    public ResultConsumedException() : this("The result was already consumed.") { }
    public ResultConsumedException(string message) : base(message) { }
    public ResultConsumedException(string message, Exception? inner) : base(message, inner) { }
}
