using System.Buffers.Binary;
using System.Text.Json.Nodes;
using ActorGraph.Bolt.Protocol;

namespace ActorGraph.Bolt.Tests.Support;

/// <summary>Writes a C# value as the peer's tagged JSON, spelling out each structure's wire fields from the
/// specification [PROTOCOL-FACTS §4] (Bolt 5 forms), independently of <c>PackStreamWriter</c>.</summary>
public static class PeerJson
{
    public static JsonNode? From(object? value) => value switch
    {
        null => null,
        bool b => Tag("bool", b),
        long l => Tag("int", l.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        int i => Tag("int", i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        double d => Tag("float", FloatHex(d)),
        string s => Tag("str", s),
        byte[] bytes => Tag("bytes", Convert.ToHexString(bytes).ToLowerInvariant()),
        IReadOnlyDictionary<string, object?> map => new JsonObject { ["t"] = "map", ["v"] = new JsonArray([.. map.Select(kv => (JsonNode?)new JsonArray(kv.Key, From(kv.Value)))]) },
        INode n => Struct(StructTag.Node, n.Id, n.Labels.Cast<object?>().ToList(), n.Properties, n.ElementId),
        IRelationship r => Struct(StructTag.Relationship, r.Id, r.StartNodeId, r.EndNodeId, r.Type, r.Properties, r.ElementId, r.StartNodeElementId, r.EndNodeElementId),
        UnboundRelationship u => Struct(StructTag.UnboundRelationship, u.Id, u.Type, u.Properties, u.ElementId),
        GraphPath p => PathStruct(p),
        LocalDate d => Struct(StructTag.Date, d.EpochDay),
        LocalTime t => Struct(StructTag.LocalTime, t.NanosecondOfDay),
        OffsetTime t => Struct(StructTag.Time, t.NanosecondOfDay, (long)t.OffsetSeconds),
        LocalDateTime t => Struct(StructTag.LocalDateTime, t.EpochSeconds, (long)t.Nanosecond),
        ZonedDateTime { OffsetSeconds: { } o } z => Struct(StructTag.DateTime, z.EpochSeconds, (long)z.Nanosecond, (long)o),
        ZonedDateTime z => Struct(StructTag.DateTimeZoneId, z.EpochSeconds, (long)z.Nanosecond, z.ZoneId),
        Duration d => Struct(StructTag.Duration, d.Months, d.Days, d.Seconds, (long)d.Nanoseconds),
        Point { Z: { } z } p => Struct(StructTag.Point3D, (long)p.Srid, p.X, p.Y, z),
        Point p => Struct(StructTag.Point2D, (long)p.Srid, p.X, p.Y),
        Structure s => Struct(s.Tag, [.. s.Fields]),
        System.Collections.IEnumerable list => new JsonObject { ["t"] = "list", ["v"] = new JsonArray([.. list.Cast<object?>().Select(From)]) },
        _ => throw new ArgumentException($"No tagged form for {value.GetType().Name}."),
    };

    private static JsonObject PathStruct(GraphPath p)
    {
        var (nodes, rels, indices) = p.ToWire();
        return Struct(StructTag.Path, nodes.Cast<object?>().ToList(), rels.Cast<object?>().ToList(), indices.Cast<object?>().ToList());
    }

    private static JsonObject Tag(string t, JsonNode v) => new() { ["t"] = t, ["v"] = v };

    private static JsonObject Struct(byte tag, params object?[] fields) =>
        new() { ["t"] = "struct", ["tag"] = tag, ["v"] = new JsonArray([.. fields.Select(From)]) };

    private static string FloatHex(double d)
    {
        Span<byte> b = stackalloc byte[8];
        BinaryPrimitives.WriteDoubleBigEndian(b, d);
        return Convert.ToHexString(b).ToLowerInvariant();
    }

    public static bool HasNaN(object? value) => value switch
    {
        double d => double.IsNaN(d),
        Point p => double.IsNaN(p.X) || double.IsNaN(p.Y) || (p.Z is { } z && double.IsNaN(z)),
        IReadOnlyDictionary<string, object?> m => m.Values.Any(HasNaN),
        string or byte[] => false,
        System.Collections.IEnumerable l => l.Cast<object?>().Any(HasNaN),
        _ => false,
    };
}
