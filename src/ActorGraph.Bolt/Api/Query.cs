namespace ActorGraph.Bolt;

/// <summary>A query and its parameters.</summary>
public sealed record Query(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    public Query(string text) : this(text, new Dictionary<string, object?>()) { }

    public override string ToString() => Text;
}
