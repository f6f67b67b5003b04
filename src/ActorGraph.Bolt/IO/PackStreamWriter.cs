using System.Buffers.Binary;
using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using ActorGraph.Bolt.Protocol;

namespace ActorGraph.Bolt.IO;

/// <summary>
/// Packs values into PackStream bytes [§3], always choosing the smallest encoding (as the official drivers
/// do, so encodings compare byte for byte). Strings are measured in UTF-8 bytes. Accepts .NET primitives,
/// strings, byte arrays, lists, string-keyed maps, the value types of this library, the .NET date/time
/// types, and (as maps) plain objects such as anonymous types and records.
/// </summary>
public sealed class PackStreamWriter
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> ObjectProperties = new();
    private byte[] _buffer;
    private int _length;

    public PackStreamWriter(int initialCapacity = 1024) => _buffer = new byte[Math.Max(16, initialCapacity)];

    /// <summary>Write date-times as the UTC structs 0x49/0x69 (Bolt 5, 4.4 with the utc patch); else the legacy 0x46/0x66.</summary>
    public bool UtcDateTime { get; set; } = true;

    /// <summary>Write element ids in graph structures (Bolt 5.0+: Node has 4 fields, Relationship 8); else the 4.x forms.</summary>
    public bool ElementIds { get; set; } = true;

    /// <summary>Refuse nodes, relationships and paths (query parameters): the server cannot take them back,
    /// and the official drivers refuse them too. The scripted test server leaves this off to send them.</summary>
    public bool RefuseGraphValues { get; set; }

    /// <summary>The bytes written since the last <see cref="Clear"/>.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _length);

    public int Length => _length;

    public void Clear() => _length = 0;

    public byte[] ToArray() => Written.ToArray();

    public void WriteNull() => WriteByte(Marker.Null);

    public void WriteBoolean(bool value) => WriteByte(value ? Marker.True : Marker.False);

    /// <summary>Smallest of TINY_INT, INT_8, INT_16, INT_32, INT_64.</summary>
    public void WriteInteger(long value)
    {
        if (value is >= Marker.MinTinyInt and <= 127)
        {
            WriteByte(unchecked((byte)value));
        }
        else if (value is >= sbyte.MinValue and <= sbyte.MaxValue)
        {
            var s = Reserve(2); s[0] = Marker.Int8; s[1] = unchecked((byte)value);
        }
        else if (value is >= short.MinValue and <= short.MaxValue)
        {
            var s = Reserve(3); s[0] = Marker.Int16; BinaryPrimitives.WriteInt16BigEndian(s[1..], (short)value);
        }
        else if (value is >= int.MinValue and <= int.MaxValue)
        {
            var s = Reserve(5); s[0] = Marker.Int32; BinaryPrimitives.WriteInt32BigEndian(s[1..], (int)value);
        }
        else
        {
            var s = Reserve(9); s[0] = Marker.Int64; BinaryPrimitives.WriteInt64BigEndian(s[1..], value);
        }
    }

    /// <summary>Always a 64-bit double (0xC1): PackStream has no 32-bit float.</summary>
    public void WriteFloat(double value)
    {
        var s = Reserve(9); s[0] = Marker.Float64; BinaryPrimitives.WriteDoubleBigEndian(s[1..], value);
    }

    public void WriteString(string value)
    {
        var byteCount = Encoding.UTF8.GetByteCount(value);
        WriteSizedHeader(byteCount, Marker.TinyString, Marker.String8, Marker.String16, Marker.String32);
        Encoding.UTF8.GetBytes(value, Reserve(byteCount));
    }

    /// <summary>Bytes have no tiny form: 0xCC/0xCD/0xCE + length.</summary>
    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        if (value.Length <= byte.MaxValue) { var s = Reserve(2); s[0] = Marker.Bytes8; s[1] = (byte)value.Length; }
        else if (value.Length <= ushort.MaxValue) { var s = Reserve(3); s[0] = Marker.Bytes16; BinaryPrimitives.WriteUInt16BigEndian(s[1..], (ushort)value.Length); }
        else { var s = Reserve(5); s[0] = Marker.Bytes32; BinaryPrimitives.WriteInt32BigEndian(s[1..], value.Length); }
        value.CopyTo(Reserve(value.Length));
    }

    public void WriteListHeader(int count) => WriteSizedHeader(count, Marker.TinyList, Marker.List8, Marker.List16, Marker.List32);

    public void WriteMapHeader(int count) => WriteSizedHeader(count, Marker.TinyMap, Marker.Map8, Marker.Map16, Marker.Map32);

    /// <summary>0xB0 | fieldCount, then the tag; the fields follow.</summary>
    public void WriteStructHeader(int fieldCount, byte tag)
    {
        if (fieldCount is < 0 or > 15) throw new ArgumentOutOfRangeException(nameof(fieldCount), "A structure has 0 to 15 fields.");
        var s = Reserve(2); s[0] = (byte)(Marker.TinyStruct | fieldCount); s[1] = tag;
    }

    /// <summary>Writes any supported value; throws <see cref="ArgumentException"/> naming the type otherwise.</summary>
    public void WriteValue(object? value)
    {
        switch (value)
        {
            case null: WriteNull(); break;
            case string s: WriteString(s); break;
            case long l: WriteInteger(l); break;
            case int i: WriteInteger(i); break;
            case bool b: WriteBoolean(b); break;
            case double d: WriteFloat(d); break;
            case float f: WriteFloat(f); break;
            case short sh: WriteInteger(sh); break;
            case byte by: WriteInteger(by); break;
            case sbyte sb: WriteInteger(sb); break;
            case ushort us: WriteInteger(us); break;
            case uint ui: WriteInteger(ui); break;
            case ulong ul when ul <= long.MaxValue: WriteInteger((long)ul); break;
            case char c: WriteString(c.ToString()); break;
            case byte[] bytes: WriteBytes(bytes); break;
            case ReadOnlyMemory<byte> rom: WriteBytes(rom.Span); break;
            case Guid g: WriteString(g.ToString()); break;
            case IReadOnlyDictionary<string, object?> map: WriteMap(map); break;
            case IDictionary dict: WriteDictionary(dict); break;
            case INode or IRelationship or UnboundRelationship or IPath when RefuseGraphValues:
                throw new ArgumentException($"A {value.GetType().Name} cannot be a query parameter; pass its element id or its properties instead.");
            case INode node: WriteNode(node); break;
            case IRelationship rel: WriteRelationship(rel); break;
            case UnboundRelationship ur: WriteUnbound(ur); break;
            case IPath path: WritePath(path); break;
            case LocalDate d: WriteStructHeader(1, StructTag.Date); WriteInteger(d.EpochDay); break;
            case LocalTime t: WriteStructHeader(1, StructTag.LocalTime); WriteInteger(t.NanosecondOfDay); break;
            case OffsetTime t: WriteStructHeader(2, StructTag.Time); WriteInteger(t.NanosecondOfDay); WriteInteger(t.OffsetSeconds); break;
            case LocalDateTime t: WriteStructHeader(2, StructTag.LocalDateTime); WriteInteger(t.EpochSeconds); WriteInteger(t.Nanosecond); break;
            case ZonedDateTime z: WriteZoned(z); break;
            case Duration d:
                WriteStructHeader(4, StructTag.Duration);
                WriteInteger(d.Months); WriteInteger(d.Days); WriteInteger(d.Seconds); WriteInteger(d.Nanoseconds);
                break;
            case Point p: WritePoint(p); break;
            case Structure st:
                WriteStructHeader(st.Fields.Count, st.Tag);
                foreach (var field in st.Fields) WriteValue(field);
                break;
            case DateOnly d: WriteValue(LocalDate.FromDateOnly(d)); break;
            case TimeOnly t: WriteValue(LocalTime.FromTimeOnly(t)); break;
            case DateTime dt: WriteValue(LocalDateTime.FromDateTime(dt)); break;
            case DateTimeOffset dto: WriteZoned(ZonedDateTime.FromDateTimeOffset(dto)); break;
            case TimeSpan ts: WriteValue(Duration.FromTimeSpan(ts)); break;
            case IEnumerable list: WriteList(list); break;
            default: WriteObject(value); break;
        }
    }

    public void WriteMap(IReadOnlyDictionary<string, object?> map)
    {
        WriteMapHeader(map.Count);
        foreach (var (key, value) in map) { WriteString(key); WriteValue(value); }
    }

    private void WriteDictionary(IDictionary dict)
    {
        WriteMapHeader(dict.Count);
        foreach (DictionaryEntry e in dict)
        {
            if (e.Key is not string key) throw new ArgumentException($"Map keys must be strings, not {e.Key.GetType().Name}.");
            WriteString(key);
            WriteValue(e.Value);
        }
    }

    private void WriteList(IEnumerable list)
    {
        if (list is ICollection collection)
        {
            WriteListHeader(collection.Count);
            foreach (var item in list) WriteValue(item);
            return;
        }
        var items = list.Cast<object?>().ToList();
        WriteListHeader(items.Count);
        foreach (var item in items) WriteValue(item);
    }

    private void WriteObject(object value)
    {
        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is decimal)
            throw new ArgumentException($"A {type.Name} cannot be sent over Bolt; convert it to long, double or string first.");
        var properties = ObjectProperties.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0).ToArray());
        WriteMapHeader(properties.Length);
        foreach (var p in properties) { WriteString(p.Name); WriteValue(p.GetValue(value)); }
    }

    private void WriteNode(INode node)
    {
        WriteStructHeader(ElementIds ? 4 : 3, StructTag.Node);
        WriteInteger(node.Id);
        WriteListHeader(node.Labels.Count);
        foreach (var label in node.Labels) WriteString(label);
        WriteMap(node.Properties);
        if (ElementIds) WriteString(node.ElementId);
    }

    // Wire order: id, start, end, type, properties, then (5.0+) element ids [§4].
    private void WriteRelationship(IRelationship rel)
    {
        WriteStructHeader(ElementIds ? 8 : 5, StructTag.Relationship);
        WriteInteger(rel.Id);
        WriteInteger(rel.StartNodeId);
        WriteInteger(rel.EndNodeId);
        WriteString(rel.Type);
        WriteMap(rel.Properties);
        if (!ElementIds) return;
        WriteString(rel.ElementId);
        WriteString(rel.StartNodeElementId);
        WriteString(rel.EndNodeElementId);
    }

    private void WriteUnbound(UnboundRelationship rel)
    {
        WriteStructHeader(ElementIds ? 4 : 3, StructTag.UnboundRelationship);
        WriteInteger(rel.Id);
        WriteString(rel.Type);
        WriteMap(rel.Properties);
        if (ElementIds) WriteString(rel.ElementId);
    }

    private void WritePath(IPath path)
    {
        var (nodes, rels, indices) = (path as GraphPath ?? new GraphPath(path.Nodes, path.Relationships)).ToWire();
        WriteStructHeader(3, StructTag.Path);
        WriteListHeader(nodes.Count);
        foreach (var n in nodes) WriteNode(n);
        WriteListHeader(rels.Count);
        foreach (var r in rels) WriteUnbound(r);
        WriteListHeader(indices.Count);
        foreach (var i in indices) WriteInteger(i);
    }

    // 0x49/0x69 carry UTC seconds; the legacy 0x46/0x66 carry local wall-clock seconds [§4 "Legacy date-times"].
    private void WriteZoned(ZonedDateTime z)
    {
        var seconds = UtcDateTime ? z.EpochSeconds : z.EpochSeconds + z.ResolveOffsetSeconds();
        if (z.OffsetSeconds is { } offset)
        {
            WriteStructHeader(3, UtcDateTime ? StructTag.DateTime : StructTag.LegacyDateTime);
            WriteInteger(seconds); WriteInteger(z.Nanosecond); WriteInteger(offset);
        }
        else
        {
            WriteStructHeader(3, UtcDateTime ? StructTag.DateTimeZoneId : StructTag.LegacyDateTimeZoneId);
            WriteInteger(seconds); WriteInteger(z.Nanosecond); WriteString(z.ZoneId ?? throw new ArgumentException("A zoned date-time needs an offset or a zone id."));
        }
    }

    private void WritePoint(Point p)
    {
        if (p.Z is { } z)
        {
            WriteStructHeader(4, StructTag.Point3D);
            WriteInteger(p.Srid); WriteFloat(p.X); WriteFloat(p.Y); WriteFloat(z);
        }
        else
        {
            WriteStructHeader(3, StructTag.Point2D);
            WriteInteger(p.Srid); WriteFloat(p.X); WriteFloat(p.Y);
        }
    }

    private void WriteSizedHeader(int size, byte tiny, byte m8, byte m16, byte m32)
    {
        if (size < 16) WriteByte((byte)(tiny | size));
        else if (size <= byte.MaxValue) { var s = Reserve(2); s[0] = m8; s[1] = (byte)size; }
        else if (size <= ushort.MaxValue) { var s = Reserve(3); s[0] = m16; BinaryPrimitives.WriteUInt16BigEndian(s[1..], (ushort)size); }
        else { var s = Reserve(5); s[0] = m32; BinaryPrimitives.WriteInt32BigEndian(s[1..], size); }
    }

    private void WriteByte(byte b)
    {
        if (_length == _buffer.Length) Grow(1);
        _buffer[_length++] = b;
    }

    private Span<byte> Reserve(int count)
    {
        if (_buffer.Length - _length < count) Grow(count);
        var span = _buffer.AsSpan(_length, count);
        _length += count;
        return span;
    }

    private void Grow(int needed)
    {
        var size = Math.Max(_buffer.Length * 2, _length + needed);
        Array.Resize(ref _buffer, size);
    }
}
