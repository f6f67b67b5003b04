using System.Globalization;

namespace ActorGraph.Bolt;

/// <summary>A relationship (struct 0x52). On the wire the order is id, start, end, <em>then</em> type,
/// properties and, since 5.0, the three element ids.</summary>
public sealed class Relationship : IRelationship
{
    public Relationship(long id, string elementId, long startNodeId, string startNodeElementId,
        long endNodeId, string endNodeElementId, string type, IReadOnlyDictionary<string, object?> properties)
    {
        Id = id;
        ElementId = elementId;
        StartNodeId = startNodeId;
        StartNodeElementId = startNodeElementId;
        EndNodeId = endNodeId;
        EndNodeElementId = endNodeElementId;
        Type = type;
        Properties = properties;
    }

    /// <summary>A relationship as a 4.4 server sends it: element ids are the numeric ids.</summary>
    public Relationship(long id, long startNodeId, long endNodeId, string type, IReadOnlyDictionary<string, object?> properties)
        : this(id, Str(id), startNodeId, Str(startNodeId), endNodeId, Str(endNodeId), type, properties)
    {
    }

    public long Id { get; }
    public string ElementId { get; }
    public string Type { get; }
    public long StartNodeId { get; }
    public long EndNodeId { get; }
    public string StartNodeElementId { get; }
    public string EndNodeElementId { get; }
    public IReadOnlyDictionary<string, object?> Properties { get; }
    public object? this[string key] => Properties[key];
    public T Get<T>(string key) => ValueConversion.To<T>(Properties[key], key);

    public bool Equals(IRelationship? other) => other is not null && other.ElementId == ElementId
        && other.StartNodeElementId == StartNodeElementId && other.EndNodeElementId == EndNodeElementId;
    public override bool Equals(object? obj) => obj is IRelationship r && Equals(r);
    public override int GetHashCode() => ElementId.GetHashCode(StringComparison.Ordinal);
    public override string ToString() =>
        $"({StartNodeElementId})-[{ElementId}:{Type} {ValueFormatter.Format(Properties)}]->({EndNodeElementId})";

    private static string Str(long id) => id.ToString(CultureInfo.InvariantCulture);
}
