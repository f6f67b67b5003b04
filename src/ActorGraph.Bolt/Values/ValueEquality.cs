using System.Collections;

namespace ActorGraph.Bolt;

/// <summary>Deep equality of Bolt values: lists item by item, maps key by key, byte arrays by content,
/// NaN equal to NaN, graph values field by field; everything else by <see cref="object.Equals(object?)"/>.</summary>
public static class ValueEquality
{
    public static bool Equal(object? a, object? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null) return false;
        if (a is byte[] ba) return b is byte[] bb && ba.AsSpan().SequenceEqual(bb);
        if (a is double da) return b is double db && da.Equals(db);
        if (a is string) return a.Equals(b);
        if (a is IReadOnlyDictionary<string, object?> ma)
            return b is IReadOnlyDictionary<string, object?> mb && ma.Count == mb.Count
                && ma.All(kv => mb.TryGetValue(kv.Key, out var v) && Equal(kv.Value, v));
        if (a is INode na)
            return b is INode nb && na.Id == nb.Id && na.ElementId == nb.ElementId
                && na.Labels.SequenceEqual(nb.Labels) && Equal(na.Properties, nb.Properties);
        if (a is IRelationship ra)
            return b is IRelationship rb && ra.Equals(rb) && ra.Id == rb.Id && ra.Type == rb.Type
                && ra.StartNodeId == rb.StartNodeId && ra.EndNodeId == rb.EndNodeId && Equal(ra.Properties, rb.Properties);
        if (a is UnboundRelationship ua)
            return b is UnboundRelationship ub && ua.Id == ub.Id && ua.ElementId == ub.ElementId && ua.Type == ub.Type
                && Equal(ua.Properties, ub.Properties);
        if (a is IPath pa)
            return b is IPath pb && pa.Nodes.Count == pb.Nodes.Count && pa.Relationships.Count == pb.Relationships.Count
                && pa.Nodes.Zip(pb.Nodes).All(p => Equal(p.First, p.Second))
                && pa.Relationships.Zip(pb.Relationships).All(p => Equal(p.First, p.Second));
        if (a is Structure sa) return b is Structure sb && sa.Tag == sb.Tag && Equal(sa.Fields, sb.Fields);
        if (a is IEnumerable ea && b is IEnumerable eb && a is not IDictionary)
        {
            var x = ea.GetEnumerator();
            var y = eb.GetEnumerator();
            while (true)
            {
                var more = x.MoveNext();
                if (more != y.MoveNext()) return false;
                if (!more) return true;
                if (!Equal(x.Current, y.Current)) return false;
            }
        }
        return a.Equals(b);
    }
}
