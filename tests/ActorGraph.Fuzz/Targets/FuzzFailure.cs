namespace ActorGraph.Fuzz.Targets;

/// <summary>An invariant of a target did not hold.</summary>
internal sealed class FuzzFailure(string message) : Exception(message)
{
    public FuzzFailure() : this("fuzz invariant failed") { }

    public FuzzFailure(string message, Exception inner) : this(message + ": " + inner.Message) { }
}
