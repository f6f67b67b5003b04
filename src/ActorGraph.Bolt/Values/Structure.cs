namespace ActorGraph.Bolt;

/// <summary>A PackStream structure whose tag this client does not know (values, not messages).
/// Kept as read so that a newer server's type surfaces instead of breaking the stream.</summary>
public sealed record Structure(byte Tag, IReadOnlyList<object?> Fields)
{
    public bool Equals(Structure? other) => other is not null && other.Tag == Tag && ValueEquality.Equal(other.Fields, Fields);
    public override int GetHashCode() => HashCode.Combine(Tag, Fields.Count);
}
