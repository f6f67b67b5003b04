using System.Globalization;

namespace ActorGraph.Bolt;

/// <summary>A node read from the server (struct 0x4E: id, labels, properties, element_id since 5.0).</summary>
public sealed class Node : INode
{
    public Node(long id, string elementId, IReadOnlyList<string> labels, IReadOnlyDictionary<string, object?> properties)
    {
        Id = id;
        ElementId = elementId;
        Labels = labels;
        Properties = properties;
    }

    /// <summary>A node as a 4.4 server sends it: the element id is the numeric id.</summary>
    public Node(long id, IReadOnlyList<string> labels, IReadOnlyDictionary<string, object?> properties)
        : this(id, id.ToString(CultureInfo.InvariantCulture), labels, properties)
    {
    }

    public long Id { get; }
    public string ElementId { get; }
    public IReadOnlyList<string> Labels { get; }
    public IReadOnlyDictionary<string, object?> Properties { get; }
    public object? this[string key] => Properties[key];
    public T Get<T>(string key) => ValueConversion.To<T>(Properties[key], key);

    public bool Equals(INode? other) => other is not null && other.ElementId == ElementId;
    public override bool Equals(object? obj) => obj is INode n && Equals(n);
    public override int GetHashCode() => ElementId.GetHashCode(StringComparison.Ordinal);
    public override string ToString() => $"({ElementId}:{string.Join(':', Labels)} {ValueFormatter.Format(Properties)})";
}
