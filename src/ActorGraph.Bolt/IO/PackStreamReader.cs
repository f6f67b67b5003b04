using System.Buffers.Binary;
using System.Text;
using ActorGraph.Bolt.Protocol;

namespace ActorGraph.Bolt.IO;

/// <summary>
/// Unpacks PackStream values [§3] from a buffer holding whole values (one de-chunked message).
/// Accepts every legal size of every type, not only the smallest. Lists become <c>List&lt;object?&gt;</c>,
/// maps <c>Dictionary&lt;string, object?&gt;</c>, integers <c>long</c>, floats <c>double</c>, bytes
/// <c>byte[]</c>, structures the value types of this library (or <see cref="Structure"/> when unknown).
/// Malformed input raises <see cref="ProtocolException"/>, never an index error.
/// </summary>
public sealed class PackStreamReader
{
    /// <summary>Deepest nesting of lists, maps and structures accepted. PackStream sets no limit [§3], but each
    /// level costs a stack frame here: without a bound, a 100 kB message of nested one-item lists overflows the
    /// stack and takes the whole process down (found by fuzzing, docs/fuzzing.md). Real results nest a few levels.</summary>
    public const int MaxDepth = 512;

    private byte[] _buffer;
    private int _position;
    private int _end;
    private int _depth;

    public PackStreamReader(byte[] buffer) : this(buffer, 0, buffer.Length) { }

    public PackStreamReader(byte[] buffer, int offset, int count)
    {
        _buffer = buffer;
        _position = offset;
        _end = offset + count;
    }

    /// <summary>Bytes not read yet.</summary>
    public int Remaining => _end - _position;

    /// <summary>Points the reader at new bytes (lets one reader serve a whole connection).</summary>
    public void Reset(byte[] buffer, int offset, int count)
    {
        _buffer = buffer;
        _position = offset;
        _end = offset + count;
        _depth = 0;
    }

    public byte PeekByte() => _position < _end ? _buffer[_position] : throw Truncated();

    public object? ReadValue()
    {
        if (++_depth > MaxDepth)
        {
            _depth = 0;
            throw new ProtocolException($"A value nests deeper than {MaxDepth} levels of lists, maps or structures.");
        }
        try
        {
            return ReadValueAt();
        }
        finally
        {
            if (_depth > 0) _depth--;
        }
    }

    private object? ReadValueAt()
    {
        var marker = ReadByte();
        if (marker <= 0x7F) return (long)marker;
        if (marker >= 0xF0) return (long)(sbyte)marker;
        switch (marker >> 4)
        {
            case 0x8: return ReadUtf8(marker & 0x0F);
            case 0x9: return ReadListBody(marker & 0x0F);
            case 0xA: return ReadMapBody(marker & 0x0F);
            case 0xB: return ReadStructBody(marker & 0x0F);
        }
        return marker switch
        {
            Marker.Null => null,
            Marker.True => true,
            Marker.False => false,
            Marker.Float64 => BinaryPrimitives.ReadDoubleBigEndian(Take(8)),
            Marker.Int8 => (long)(sbyte)ReadByte(),
            Marker.Int16 => (long)BinaryPrimitives.ReadInt16BigEndian(Take(2)),
            Marker.Int32 => (long)BinaryPrimitives.ReadInt32BigEndian(Take(4)),
            Marker.Int64 => BinaryPrimitives.ReadInt64BigEndian(Take(8)),
            Marker.Bytes8 => Take(ReadByte()).ToArray(),
            Marker.Bytes16 => Take(BinaryPrimitives.ReadUInt16BigEndian(Take(2))).ToArray(),
            Marker.Bytes32 => Take(ReadSize32()).ToArray(),
            Marker.String8 => ReadUtf8(ReadByte()),
            Marker.String16 => ReadUtf8(BinaryPrimitives.ReadUInt16BigEndian(Take(2))),
            Marker.String32 => ReadUtf8(ReadSize32()),
            Marker.List8 => ReadListBody(ReadByte()),
            Marker.List16 => ReadListBody(BinaryPrimitives.ReadUInt16BigEndian(Take(2))),
            Marker.List32 => ReadListBody(ReadSize32()),
            Marker.Map8 => ReadMapBody(ReadByte()),
            Marker.Map16 => ReadMapBody(BinaryPrimitives.ReadUInt16BigEndian(Take(2))),
            Marker.Map32 => ReadMapBody(ReadSize32()),
            _ => throw new ProtocolException($"Unknown PackStream marker 0x{marker:X2}."),
        };
    }

    public long ReadInteger() => ReadValue() is long l ? l : throw Expected("an integer");

    public string ReadString() => ReadValue() as string ?? throw Expected("a string");

    public Dictionary<string, object?> ReadMap() => ReadValue() as Dictionary<string, object?> ?? throw Expected("a map");

    /// <summary>Reads a list header and returns the item count.</summary>
    public int ReadListHeader()
    {
        var marker = ReadByte();
        return marker switch
        {
            >= Marker.TinyList and <= Marker.TinyList + 0x0F => marker & 0x0F,
            Marker.List8 => ReadByte(),
            Marker.List16 => BinaryPrimitives.ReadUInt16BigEndian(Take(2)),
            Marker.List32 => ReadSize32(),
            _ => throw Expected("a list", marker),
        };
    }

    /// <summary>Reads a structure header: returns the field count and the tag.</summary>
    public (int Fields, byte Tag) ReadStructHeader()
    {
        var marker = ReadByte();
        if (marker >> 4 != 0xB) throw Expected("a structure", marker);
        return (marker & 0x0F, ReadByte());
    }

    private List<object?> ReadListBody(int count)
    {
        CheckCount(count);
        var list = new List<object?>(count);
        for (var i = 0; i < count; i++) list.Add(ReadValue());
        return list;
    }

    private Dictionary<string, object?> ReadMapBody(int count)
    {
        CheckCount(2L * count);
        var map = new Dictionary<string, object?>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = ReadValue() as string ?? throw new ProtocolException("A map key is not a string.");
            map[key] = ReadValue();
        }
        return map;
    }

    private object ReadStructBody(int fields)
    {
        var tag = ReadByte();
        return tag switch
        {
            StructTag.Node => ReadNode(fields),
            StructTag.Relationship => ReadRelationship(fields),
            StructTag.UnboundRelationship => ReadUnbound(fields),
            StructTag.Path => ReadPath(fields),
            StructTag.Date => Fields(fields, 1, tag, () => new LocalDate(ReadInteger())),
            StructTag.LocalTime => Fields(fields, 1, tag, () => new LocalTime(ReadInteger())),
            StructTag.Time => Fields(fields, 2, tag, () => new OffsetTime(ReadInteger(), (int)ReadInteger())),
            StructTag.LocalDateTime => Fields(fields, 2, tag, () => new LocalDateTime(ReadInteger(), (int)ReadInteger())),
            StructTag.DateTime => Fields(fields, 3, tag, () => new ZonedDateTime(ReadInteger(), (int)ReadInteger(), (int)ReadInteger(), null)),
            StructTag.DateTimeZoneId => Fields(fields, 3, tag, () => new ZonedDateTime(ReadInteger(), (int)ReadInteger(), null, ReadString())),
            StructTag.LegacyDateTime => Fields(fields, 3, tag, ReadLegacyWithOffset),
            StructTag.LegacyDateTimeZoneId => Fields(fields, 3, tag, ReadLegacyWithZone),
            StructTag.Duration => Fields(fields, 4, tag, () => new Duration(ReadInteger(), ReadInteger(), ReadInteger(), (int)ReadInteger())),
            StructTag.Point2D => Fields(fields, 3, tag, () => new Point((int)ReadInteger(), ReadFloat(), ReadFloat())),
            StructTag.Point3D => Fields(fields, 4, tag, () => new Point((int)ReadInteger(), ReadFloat(), ReadFloat(), ReadFloat())),
            _ => new Structure(tag, ReadListBody(fields)),
        };
    }

    // Node: id, labels, properties, element_id (5.0+; absent in 4.x) [§4].
    private Node ReadNode(int fields)
    {
        if (fields is not (3 or 4)) throw BadFieldCount(StructTag.Node, fields);
        var id = ReadInteger();
        var labelCount = ReadListHeader();
        CheckCount(labelCount);
        var labels = new string[labelCount];
        for (var i = 0; i < labelCount; i++) labels[i] = ReadString();
        var properties = ReadMap();
        return fields == 4 ? new Node(id, ReadString(), labels, properties) : new Node(id, labels, properties);
    }

    // Relationship: id, start, end, type, properties, then element ids (5.0+) [§4].
    private Relationship ReadRelationship(int fields)
    {
        if (fields is not (5 or 8)) throw BadFieldCount(StructTag.Relationship, fields);
        var id = ReadInteger();
        var start = ReadInteger();
        var end = ReadInteger();
        var type = ReadString();
        var properties = ReadMap();
        return fields == 8
            ? new Relationship(id, ReadString(), start, ReadString(), end, ReadString(), type, properties)
            : new Relationship(id, start, end, type, properties);
    }

    private UnboundRelationship ReadUnbound(int fields)
    {
        if (fields is not (3 or 4)) throw BadFieldCount(StructTag.UnboundRelationship, fields);
        var id = ReadInteger();
        var type = ReadString();
        var properties = ReadMap();
        var elementId = fields == 4 ? ReadString() : id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new UnboundRelationship(id, elementId, type, properties);
    }

    private GraphPath ReadPath(int fields)
    {
        if (fields != 3) throw BadFieldCount(StructTag.Path, fields);
        var nodes = ReadValue() as List<object?> ?? throw Expected("a list of nodes");
        var rels = ReadValue() as List<object?> ?? throw Expected("a list of relationships");
        var indices = ReadValue() as List<object?> ?? throw Expected("a list of indices");
        return GraphPath.FromWire(
            nodes.Select(n => n as INode ?? throw Expected("a node in a path")).ToList(),
            rels.Select(r => r as UnboundRelationship ?? throw Expected("an unbound relationship in a path")).ToList(),
            indices.Select(i => i is long l ? l : throw Expected("an integer path index")).ToList());
    }

    // 4.x without the utc patch: seconds are local wall-clock time; convert to UTC [§4].
    private ZonedDateTime ReadLegacyWithOffset()
    {
        var local = ReadInteger();
        var nanos = (int)ReadInteger();
        var offset = (int)ReadInteger();
        return new ZonedDateTime(local - offset, nanos, offset, null);
    }

    private ZonedDateTime ReadLegacyWithZone()
    {
        var local = ReadInteger();
        var nanos = (int)ReadInteger();
        var zoneId = ReadString();
        var zone = Temporals.FindZone(zoneId);
        var localTime = DateTime.SpecifyKind(DateTime.UnixEpoch.AddSeconds(local), DateTimeKind.Unspecified);
        var offset = (long)zone.GetUtcOffset(localTime).TotalSeconds;
        return new ZonedDateTime(local - offset, nanos, null, zoneId);
    }

    private double ReadFloat() => ReadValue() is double d ? d : throw Expected("a float");

    private T Fields<T>(int actual, int expected, byte tag, Func<T> read) =>
        actual == expected ? read() : throw BadFieldCount(tag, actual);

    private string ReadUtf8(int length) => length == 0 ? string.Empty : Encoding.UTF8.GetString(Take(length));

    private int ReadSize32()
    {
        var size = BinaryPrimitives.ReadUInt32BigEndian(Take(4));
        return size <= int.MaxValue ? (int)size : throw new ProtocolException($"A PackStream size of {size} is too large.");
    }

    // Each item needs at least one byte: a count larger than what is left is malformed (and would
    // otherwise make us allocate on the say-so of a hostile length).
    private void CheckCount(long count)
    {
        if (count > Remaining) throw Truncated();
    }

    private byte ReadByte() => _position < _end ? _buffer[_position++] : throw Truncated();

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _end - _position) throw Truncated();
        var span = new ReadOnlySpan<byte>(_buffer, _position, count);
        _position += count;
        return span;
    }

    private static ProtocolException Truncated() => new("The PackStream data ends in the middle of a value.");

    private static ProtocolException Expected(string what) => new($"Expected {what} in the PackStream data.");

    private static ProtocolException Expected(string what, byte marker) => new($"Expected {what} but found marker 0x{marker:X2}.");

    private static ProtocolException BadFieldCount(byte tag, int fields) =>
        new($"Structure 0x{tag:X2} has {fields} fields, which this protocol version does not define.");
}
