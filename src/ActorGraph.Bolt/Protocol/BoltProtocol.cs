namespace ActorGraph.Bolt.Protocol;

/// <summary>
/// Every byte with a meaning on the Bolt wire, in one place. Spec pointers refer to the Neo4j Bolt
/// documentation (sections "handshake", "message", "packstream", "structure-semantics"); the section
/// numbers in brackets are those of shared/bolt/PROTOCOL-FACTS.md.
/// </summary>
public static class BoltProtocol
{
    /// <summary>The four bytes that open every connection: 60 60 B0 17 [§1.2].</summary>
    public static ReadOnlySpan<byte> Magic => [0x60, 0x60, 0xB0, 0x17];

    /// <summary>The default Bolt port.</summary>
    public const int DefaultPort = 7687;

    /// <summary>The manifest pseudo-version 00 00 01 FF (major 0xFF, minor 1): offered in a version slot, it asks a
    /// server that knows it to answer with the manifest of its versions (handshake manifest v1) [§1.9].</summary>
    public static ReadOnlySpan<byte> ManifestV1 => [0x00, 0x00, 0x01, 0xFF];

    /// <summary>The largest chunk payload: chunk lengths are unsigned 16-bit [§2.2].</summary>
    public const int MaxChunkSize = 65_535;
}

/// <summary>PackStream marker bytes [§3]. Integers also use the tiny range 0x00..0x7F and 0xF0..0xFF.</summary>
public static class Marker
{
    public const byte Null = 0xC0;
    public const byte Float64 = 0xC1;
    public const byte False = 0xC2;
    public const byte True = 0xC3;
    public const byte Int8 = 0xC8;
    public const byte Int16 = 0xC9;
    public const byte Int32 = 0xCA;
    public const byte Int64 = 0xCB;
    public const byte Bytes8 = 0xCC;
    public const byte Bytes16 = 0xCD;
    public const byte Bytes32 = 0xCE;
    /// <summary>Tiny string: 0x80 | length (0..15 UTF-8 bytes).</summary>
    public const byte TinyString = 0x80;
    public const byte String8 = 0xD0;
    public const byte String16 = 0xD1;
    public const byte String32 = 0xD2;
    /// <summary>Tiny list: 0x90 | count (0..15).</summary>
    public const byte TinyList = 0x90;
    public const byte List8 = 0xD4;
    public const byte List16 = 0xD5;
    public const byte List32 = 0xD6;
    /// <summary>Tiny map: 0xA0 | count (0..15).</summary>
    public const byte TinyMap = 0xA0;
    public const byte Map8 = 0xD8;
    public const byte Map16 = 0xD9;
    public const byte Map32 = 0xDA;
    /// <summary>Structure: 0xB0 | field count (0..15), then a tag byte. Neo4j never sends more than 15 fields.</summary>
    public const byte TinyStruct = 0xB0;
    /// <summary>The smallest integer written as a single tiny-int byte (0xF0).</summary>
    public const long MinTinyInt = -16;
}

/// <summary>Message signatures: a message is one structure whose tag is its signature [§5].</summary>
public static class MessageTag
{
    public const byte Hello = 0x01;
    public const byte Goodbye = 0x02;
    public const byte Reset = 0x0F;
    public const byte Run = 0x10;
    public const byte Begin = 0x11;
    public const byte Commit = 0x12;
    public const byte Rollback = 0x13;
    public const byte Discard = 0x2F;
    public const byte Pull = 0x3F;
    /// <summary>5.4+; sent only when the server hints <c>telemetry.enabled</c>.</summary>
    public const byte Telemetry = 0x54;
    /// <summary>4.3+; its third field is a map since 4.4.</summary>
    public const byte Route = 0x66;
    /// <summary>5.1+: authentication leaves HELLO.</summary>
    public const byte Logon = 0x6A;
    public const byte Logoff = 0x6B;

    public const byte Success = 0x70;
    public const byte Record = 0x71;
    public const byte Ignored = 0x7E;
    public const byte Failure = 0x7F;
}

/// <summary>Structure tags of values [§4].</summary>
public static class StructTag
{
    public const byte Node = 0x4E;                 // 'N'
    public const byte Relationship = 0x52;         // 'R'
    public const byte UnboundRelationship = 0x72;  // 'r'
    public const byte Path = 0x50;                 // 'P'
    public const byte Date = 0x44;                 // 'D'
    public const byte Time = 0x54;                 // 'T'
    public const byte LocalTime = 0x74;            // 't'
    public const byte LocalDateTime = 0x64;        // 'd'
    /// <summary>UTC seconds + nanos + offset: Bolt 5.x, and 4.4 with the "utc" patch.</summary>
    public const byte DateTime = 0x49;             // 'I'
    /// <summary>UTC seconds + nanos + zone id: Bolt 5.x, and 4.4 with the "utc" patch.</summary>
    public const byte DateTimeZoneId = 0x69;       // 'i'
    /// <summary>Legacy (4.x) form: local wall-clock seconds + nanos + offset.</summary>
    public const byte LegacyDateTime = 0x46;       // 'F'
    /// <summary>Legacy (4.x) form: local wall-clock seconds + nanos + zone id.</summary>
    public const byte LegacyDateTimeZoneId = 0x66; // 'f'
    public const byte Duration = 0x45;             // 'E'
    public const byte Point2D = 0x58;              // 'X'
    public const byte Point3D = 0x59;              // 'Y'
}
