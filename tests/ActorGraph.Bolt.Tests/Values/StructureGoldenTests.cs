using ActorGraph.Bolt.IO;
using ActorGraph.Bolt.Tests.Support;

namespace ActorGraph.Bolt.Tests.Values;

/// <summary>Golden bytes of the structure types [PROTOCOL-FACTS §4].</summary>
public class StructureGoldenTests
{
    private static readonly Dictionary<string, object?> NoProps = [];

    private static byte[] Pack(object? value, bool bolt5 = true)
    {
        var w = new PackStreamWriter { ElementIds = bolt5, UtcDateTime = bolt5 };
        w.WriteValue(value);
        return w.ToArray();
    }

    private static object? Unpack(string hex) => new PackStreamReader(Hex.Parse(hex)).ReadValue();

    [Fact]
    public void Relationship_order_is_start_end_then_type()
    {
        var rel = new Relationship(7, "5:x:7", 3, "4:x:3", 4, "4:x:4", "KNOWS", NoProps);
        const string hex = "B8 52 07 03 04 85 4B 4E 4F 57 53 A0 85 35 3A 78 3A 37 85 34 3A 78 3A 33 85 34 3A 78 3A 34";
        Assert.Equal(Hex.Parse(hex), Pack(rel));
        var read = Assert.IsType<Relationship>(Unpack(hex));
        Assert.True(ValueEquality.Equal(rel, read));
        Assert.Equal("KNOWS", read.Type);
        Assert.Equal(3, read.StartNodeId);
        Assert.Equal("4:x:4", read.EndNodeElementId);
    }

    [Fact]
    public void Node_has_four_fields_in_bolt5_and_three_in_4x()
    {
        var node = new Node(1, "4:x:1", ["Actor"], new Dictionary<string, object?> { ["id"] = "un" });
        const string bolt5 = "B4 4E 01 91 85 41 63 74 6F 72 A1 82 69 64 82 75 6E 85 34 3A 78 3A 31";
        const string bolt4 = "B3 4E 01 91 85 41 63 74 6F 72 A1 82 69 64 82 75 6E";
        Assert.Equal(Hex.Parse(bolt5), Pack(node));
        Assert.Equal(Hex.Parse(bolt4), Pack(node, bolt5: false));
        Assert.True(ValueEquality.Equal(node, Unpack(bolt5)));
        var old = Assert.IsType<Node>(Unpack(bolt4));
        Assert.Equal("1", old.ElementId);
        Assert.Equal("un", old.Get<string>("id"));
    }

    [Fact]
    public void Path_indices_are_signed_and_one_based_for_relationships()
    {
        // nodes [a, b, c], rels [r1, r2], indices [1, 1, -2, 2] = (a)-[r1]->(b)<-[r2]-(c)
        const string hex =
            "B3 50" +
            " 93 B4 4E 01 90 A0 81 61  B4 4E 02 90 A0 81 62  B4 4E 03 90 A0 81 63" +
            " 92 B4 72 0A 82 52 31 A0 82 72 31  B4 72 0B 82 52 32 A0 82 72 32" +
            " 94 01 01 FE 02";
        var path = Assert.IsType<GraphPath>(Unpack(hex));
        Assert.Equal(["a", "b", "c"], path.Nodes.Select(n => n.ElementId));
        Assert.Equal(("a", "b", "R1"), (path.Relationships[0].StartNodeElementId, path.Relationships[0].EndNodeElementId, path.Relationships[0].Type));
        Assert.Equal(("c", "b", "R2"), (path.Relationships[1].StartNodeElementId, path.Relationships[1].EndNodeElementId, path.Relationships[1].Type));
        Assert.Equal(Hex.Parse(hex), Pack(path));
    }

    [Fact]
    public void Path_with_a_repeated_node_reuses_indices()
    {
        // (a)-[r1]->(b)-[r1 backwards]->(a): indices [1, 1, -1, 0]
        const string hex = "B3 50 92 B4 4E 01 90 A0 81 61 B4 4E 02 90 A0 81 62 91 B4 72 0A 81 52 A0 82 72 31 94 01 01 FF 00";
        var path = Assert.IsType<GraphPath>(Unpack(hex));
        Assert.Equal(["a", "b", "a"], path.Nodes.Select(n => n.ElementId));
        Assert.Equal(("a", "b"), (path.Relationships[1].StartNodeElementId, path.Relationships[1].EndNodeElementId));
        Assert.Equal(Hex.Parse(hex), Pack(path));
    }

    [Theory]
    [InlineData("B3 50 91 B4 4E 01 90 A0 81 61 90 92 01 00")]
    [InlineData("B3 50 91 B4 4E 01 90 A0 81 61 91 B4 72 0A 81 52 A0 82 72 31 92 02 00")]
    [InlineData("B3 50 91 B4 4E 01 90 A0 81 61 91 B4 72 0A 81 52 A0 82 72 31 92 01 05")]
    [InlineData("B3 50 91 B4 4E 01 90 A0 81 61 91 B4 72 0A 81 52 A0 82 72 31 91 01")]
    public void Bad_path_indices_are_protocol_errors(string hex) => Assert.Throws<ProtocolException>(() => Unpack(hex));

    [Fact]
    public void DateTime_with_offset_carries_utc_seconds()
    {
        // 2024-01-15T08:30:00-05:00: UTC seconds 1705325400, 0 ns, -18000 s [§4].
        const string hex = "B3 49 CA 65 A5 33 58 00 C9 B9 B0";
        var value = DateTimeOffset.Parse("2024-01-15T08:30:00-05:00", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(Hex.Parse(hex), Pack(value));
        var read = Assert.IsType<ZonedDateTime>(Unpack(hex));
        Assert.Equal(new ZonedDateTime(1705325400, 0, -18000, null), read);
        Assert.Equal(value, read.ToDateTimeOffset());
        Assert.Equal(TimeSpan.FromHours(-5), read.ToDateTimeOffset().Offset);
    }

    [Fact]
    public void Legacy_datetime_carries_local_seconds()
    {
        // The same instant in the 4.x form: local seconds 1705307400 = 0x65A4ED08.
        const string hex = "B3 46 CA 65 A4 ED 08 00 C9 B9 B0";
        Assert.Equal(new ZonedDateTime(1705325400, 0, -18000, null), Unpack(hex));
        Assert.Equal(Hex.Parse(hex), Pack(new ZonedDateTime(1705325400, 0, -18000, null), bolt5: false));
    }

    [Fact]
    public void Zoned_datetime_with_zone_id()
    {
        var value = new ZonedDateTime(1705325400, 5, null, "Europe/Berlin");
        const string hex = "B3 69 CA 65 A5 33 58 05 8D 45 75 72 6F 70 65 2F 42 65 72 6C 69 6E";
        Assert.Equal(Hex.Parse(hex), Pack(value));
        Assert.Equal(value, Unpack(hex));
        Assert.Equal(TimeSpan.FromHours(1), value.ToDateTimeOffset().Offset);
        // Legacy 0x66: local seconds = UTC + 3600 in January in Berlin.
        var legacy = Pack(value, bolt5: false);
        Assert.Equal(Hex.Parse("B3 66 CA 65 A5 41 68 05"), legacy[..8]);
        Assert.Equal(value, new PackStreamReader(legacy).ReadValue());
    }

    [Theory]
    [InlineData("B1 44 C9 4D 1B", "date")]          // 19739 days = 2024-01-17
    [InlineData("B1 74 CB 00 00 1C 83 3D 9D 1C 00", "localtime")]
    [InlineData("B2 54 CB 00 00 1C 83 3D 9D 1C 00 C9 0E 10", "time")]
    [InlineData("B2 64 CA 65 A5 33 58 C9 01 F4", "localdatetime")]
    [InlineData("B4 45 0E 03 C9 0E 10 C9 01 F4", "duration")]
    [InlineData("B3 58 C9 1C 23 C1 3F F0 00 00 00 00 00 00 C1 40 00 00 00 00 00 00 00", "point2d")]
    [InlineData("B4 59 C9 23 C5 C1 3F F0 00 00 00 00 00 00 C1 40 00 00 00 00 00 00 00 C1 40 08 00 00 00 00 00 00", "point3d")]
    public void Temporal_and_spatial_structures_round_trip(string hex, string kind)
    {
        var value = Unpack(hex);
        object expected = kind switch
        {
            "date" => new LocalDate(19739),
            "localtime" => new LocalTime(31_350_000_000_000),
            "time" => new OffsetTime(31_350_000_000_000, 3600),
            "localdatetime" => new LocalDateTime(1705325400, 500),
            "duration" => new Duration(14, 3, 3600, 500),
            "point2d" => new Point(7203, 1.0, 2.0),
            _ => new Point(9157, 1.0, 2.0, 3.0),
        };
        Assert.Equal(expected, value);
        Assert.Equal(Hex.Parse(hex), Pack(value));
    }

    [Fact]
    public void Dotnet_temporal_types_convert()
    {
        Assert.Equal(Hex.Parse("B1 44 C9 4D 1B"), Pack(new DateOnly(2024, 1, 17)));
        Assert.Equal(new DateOnly(2024, 1, 17), new LocalDate(19739).ToDateOnly());
        Assert.Equal(new TimeOnly(8, 42, 30), new LocalTime(31_350_000_000_000).ToTimeOnly());
        Assert.Equal(new DateTime(2024, 1, 15, 13, 30, 0), new LocalDateTime(1705325400, 0).ToDateTime());
        Assert.Equal(Hex.Parse("B2 64 CA 65 A5 33 58 00"), Pack(new DateTime(2024, 1, 15, 13, 30, 0)));
        Assert.Equal(Hex.Parse("B4 45 00 00 C9 0E 10 00"), Pack(TimeSpan.FromHours(1)));
    }

    [Theory]
    [InlineData("B2 44 01 02")]
    [InlineData("B2 4E 01 90")]
    [InlineData("B6 52 01 02 03 81 52 A0 81 61")]
    [InlineData("B1 58 01")]
    public void Wrong_field_counts_are_protocol_errors(string hex) => Assert.Throws<ProtocolException>(() => Unpack(hex));

    [Fact]
    public void Unknown_structures_are_kept_as_read()
    {
        var value = Assert.IsType<Structure>(Unpack("B2 7A 01 81 61"));
        Assert.Equal(0x7A, value.Tag);
        Assert.True(ValueEquality.Equal(new List<object?> { 1L, "a" }, value.Fields));
        Assert.Equal(Hex.Parse("B2 7A 01 81 61"), Pack(value));
    }
}
