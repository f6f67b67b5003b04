namespace ActorGraph.Bolt;

/// <summary>A path (struct 0x50). On the wire: distinct nodes, distinct unbound relationships, and
/// indices alternating [rel, node, rel, node, ...] where a rel index is 1-based into the relationships
/// and negative when the relationship points backwards along the path, and a node index is 0-based
/// into the nodes [§4, "Path decoding"].</summary>
public sealed class GraphPath : IPath
{
    public GraphPath(IReadOnlyList<INode> nodes, IReadOnlyList<IRelationship> relationships)
    {
        if (nodes.Count == 0) throw new ArgumentException("A path has at least one node.", nameof(nodes));
        if (relationships.Count != nodes.Count - 1)
            throw new ArgumentException("A path has one relationship fewer than nodes.", nameof(relationships));
        Nodes = nodes;
        Relationships = relationships;
    }

    public INode Start => Nodes[0];
    public INode End => Nodes[^1];
    public IReadOnlyList<INode> Nodes { get; }
    public IReadOnlyList<IRelationship> Relationships { get; }

    /// <summary>Builds a path from its wire form; throws <see cref="ProtocolException"/> on bad indices.</summary>
    public static GraphPath FromWire(IReadOnlyList<INode> nodes, IReadOnlyList<UnboundRelationship> rels, IReadOnlyList<long> indices)
    {
        if (nodes.Count == 0) throw new ProtocolException("A path structure has no nodes.");
        if (indices.Count % 2 != 0) throw new ProtocolException("A path structure has an odd number of indices.");
        var pathNodes = new List<INode>(indices.Count / 2 + 1) { nodes[0] };
        var pathRels = new List<IRelationship>(indices.Count / 2);
        var previous = nodes[0];
        for (var i = 0; i < indices.Count; i += 2)
        {
            var relIndex = indices[i];
            var nodeIndex = indices[i + 1];
            if (relIndex == 0 || Math.Abs(relIndex) > rels.Count)
                throw new ProtocolException($"A path structure has relationship index {relIndex} outside 1..{rels.Count}.");
            if (nodeIndex < 0 || nodeIndex >= nodes.Count)
                throw new ProtocolException($"A path structure has node index {nodeIndex} outside 0..{nodes.Count - 1}.");
            var next = nodes[(int)nodeIndex];
            var rel = rels[(int)Math.Abs(relIndex) - 1];
            pathRels.Add(relIndex > 0 ? rel.Bind(previous, next) : rel.Bind(next, previous));
            pathNodes.Add(next);
            previous = next;
        }
        return new GraphPath(pathNodes, pathRels);
    }

    /// <summary>The wire form: distinct nodes and relationships (by element id) and signed indices.</summary>
    public (List<INode> Nodes, List<UnboundRelationship> Relationships, List<long> Indices) ToWire()
    {
        var nodes = new List<INode>();
        var nodeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var rels = new List<UnboundRelationship>();
        var relIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var indices = new List<long>();
        int IndexOfNode(INode n)
        {
            if (!nodeIndex.TryGetValue(n.ElementId, out var i)) { i = nodes.Count; nodes.Add(n); nodeIndex[n.ElementId] = i; }
            return i;
        }
        IndexOfNode(Nodes[0]);
        for (var i = 0; i < Relationships.Count; i++)
        {
            var r = Relationships[i];
            if (!relIndex.TryGetValue(r.ElementId, out var ri))
            {
                rels.Add(new UnboundRelationship(r.Id, r.ElementId, r.Type, r.Properties));
                ri = rels.Count;
                relIndex[r.ElementId] = ri;
            }
            var forward = r.StartNodeElementId == Nodes[i].ElementId && r.EndNodeElementId == Nodes[i + 1].ElementId;
            indices.Add(forward ? ri : -ri);
            indices.Add(IndexOfNode(Nodes[i + 1]));
        }
        return (nodes, rels, indices);
    }

    public bool Equals(IPath? other) => other is not null
        && other.Nodes.SequenceEqual(Nodes) && other.Relationships.SequenceEqual(Relationships);
    public override bool Equals(object? obj) => obj is IPath p && Equals(p);
    public override int GetHashCode() => HashCode.Combine(Start, End, Relationships.Count);
    public override string ToString() => $"<{string.Join(", ", Relationships)}>";
}
