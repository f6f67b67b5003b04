namespace ActorGraph.Bolt;

/// <summary>Something stored in the graph with an id and properties: a node or a relationship.</summary>
public interface IEntity
{
    /// <summary>The legacy numeric id (deprecated by Neo4j in favour of <see cref="ElementId"/>).</summary>
    long Id { get; }

    /// <summary>The element id (Bolt 5.0+); for 4.4 servers the numeric id as a string.</summary>
    string ElementId { get; }

    IReadOnlyDictionary<string, object?> Properties { get; }

    /// <summary>A property by key; throws <see cref="KeyNotFoundException"/> if absent.</summary>
    object? this[string key] { get; }

    /// <summary>A property converted to <typeparamref name="T"/> (see <see cref="IRecord.Get{T}(string)"/>).</summary>
    T Get<T>(string key);
}
