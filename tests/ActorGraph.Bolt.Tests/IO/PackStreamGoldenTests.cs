using ActorGraph.Bolt.IO;
using ActorGraph.Bolt.Tests.Support;

namespace ActorGraph.Bolt.Tests.IO;

/// <summary>Golden encodings from PROTOCOL-FACTS.md §3 (computed there with the JS driver's packer) and the
/// PackStream specification: each value must pack to exactly these bytes and unpack back.</summary>
public class PackStreamGoldenTests
{
    private static byte[] Pack(object? value)
    {
        var w = new PackStreamWriter();
        w.WriteValue(value);
        return w.ToArray();
    }

    private static object? Unpack(string hex) => new PackStreamReader(Hex.Parse(hex)).ReadValue();

    [Theory]
    [InlineData(0L, "00")]
    [InlineData(1L, "01")]
    [InlineData(127L, "7F")]
    [InlineData(-1L, "FF")]
    [InlineData(-16L, "F0")]
    [InlineData(-17L, "C8 EF")]
    [InlineData(-128L, "C8 80")]
    [InlineData(128L, "C9 00 80")]
    [InlineData(-129L, "C9 FF 7F")]
    [InlineData(32767L, "C9 7F FF")]
    [InlineData(32768L, "CA 00 00 80 00")]
    [InlineData(-32769L, "CA FF FF 7F FF")]
    [InlineData(2147483647L, "CA 7F FF FF FF")]
    [InlineData(2147483648L, "CB 00 00 00 00 80 00 00 00")]
    [InlineData(long.MinValue, "CB 80 00 00 00 00 00 00 00")]
    [InlineData(long.MaxValue, "CB 7F FF FF FF FF FF FF FF")]
    public void Integers_use_the_smallest_encoding(long value, string hex)
    {
        Assert.Equal(Hex.Parse(hex), Pack(value));
        Assert.Equal(value, Unpack(hex));
    }

    [Theory]
    [InlineData(1.5, "C1 3F F8 00 00 00 00 00 00")]
    [InlineData(-1.1, "C1 BF F1 99 99 99 99 99 9A")]
    [InlineData(0.0, "C1 00 00 00 00 00 00 00 00")]
    [InlineData(double.PositiveInfinity, "C1 7F F0 00 00 00 00 00 00")]
    public void Floats_are_always_64_bit(double value, string hex)
    {
        Assert.Equal(Hex.Parse(hex), Pack(value));
        Assert.Equal(value, Unpack(hex));
    }

    [Fact]
    public void A_dotnet_float_and_int_keep_their_kind()
    {
        Assert.Equal(Hex.Parse("C1 3F F8 00 00 00 00 00 00"), Pack(1.5f));
        Assert.Equal(Hex.Parse("01"), Pack(1));
        Assert.Equal(Hex.Parse("C1 3F F0 00 00 00 00 00 00"), Pack(1.0));
    }

    [Theory]
    [InlineData(null, "C0")]
    [InlineData(true, "C3")]
    [InlineData(false, "C2")]
    public void Null_and_booleans(bool? value, string hex)
    {
        Assert.Equal(Hex.Parse(hex), Pack(value));
        Assert.Equal(value, Unpack(hex));
    }

    [Theory]
    [InlineData("", "80")]
    [InlineData("a", "81 61")]
    [InlineData("ÄÖÜ", "86 C3 84 C3 96 C3 9C")]
    [InlineData("abcdefghijklmnop", "D0 10 61 62 63 64 65 66 67 68 69 6A 6B 6C 6D 6E 6F 70")]
    [InlineData("123456789012345", "8F 31 32 33 34 35 36 37 38 39 30 31 32 33 34 35")]
    public void Strings_count_utf8_bytes(string value, string hex)
    {
        Assert.Equal(Hex.Parse(hex), Pack(value));
        Assert.Equal(value, Unpack(hex));
    }

    [Theory]
    [InlineData(255, "D0 FF")]
    [InlineData(256, "D1 01 00")]
    [InlineData(65535, "D1 FF FF")]
    [InlineData(65536, "D2 00 01 00 00")]
    public void Long_string_headers(int length, string header)
    {
        var value = new string('x', length);
        var bytes = Pack(value);
        Assert.Equal(Hex.Parse(header), bytes[..Hex.Parse(header).Length]);
        Assert.Equal(value, new PackStreamReader(bytes).ReadValue());
    }

    [Theory]
    [InlineData(0, "CC 00")]
    [InlineData(3, "CC 03")]
    [InlineData(256, "CD 01 00")]
    [InlineData(65536, "CE 00 01 00 00")]
    public void Bytes_have_no_tiny_form(int length, string header)
    {
        var value = Enumerable.Range(0, length).Select(i => (byte)i).ToArray();
        var bytes = Pack(value);
        Assert.Equal(Hex.Parse(header), bytes[..Hex.Parse(header).Length]);
        Assert.Equal(value, (byte[])new PackStreamReader(bytes).ReadValue()!);
    }

    [Theory]
    [InlineData(0, "90")]
    [InlineData(15, "9F")]
    [InlineData(16, "D4 10")]
    [InlineData(256, "D5 01 00")]
    [InlineData(65536, "D6 00 01 00 00")]
    public void List_headers(int count, string header)
    {
        var value = Enumerable.Repeat<object?>(1L, count).ToList();
        var bytes = Pack(value);
        Assert.Equal(Hex.Parse(header), bytes[..Hex.Parse(header).Length]);
        Assert.Equal(value, (List<object?>)new PackStreamReader(bytes).ReadValue()!);
    }

    [Theory]
    [InlineData(0, "A0")]
    [InlineData(15, "AF")]
    [InlineData(16, "D8 10")]
    [InlineData(256, "D9 01 00")]
    [InlineData(65536, "DA 00 01 00 00")]
    public void Map_headers(int count, string header)
    {
        var value = Enumerable.Range(0, count).ToDictionary(i => $"k{i}", i => (object?)(long)i);
        var bytes = Pack(value);
        Assert.Equal(Hex.Parse(header), bytes[..Hex.Parse(header).Length]);
        Assert.True(ValueEquality.Equal(value, new PackStreamReader(bytes).ReadValue()));
    }

    [Fact]
    public void Map_example_from_the_facts()
    {
        Assert.Equal(Hex.Parse("A1 81 61 01"), Pack(new Dictionary<string, object?> { ["a"] = 1L }));
        Assert.True(ValueEquality.Equal(new Dictionary<string, object?> { ["a"] = 1L }, Unpack("A1 81 61 01")));
    }

    [Fact]
    public void Nested_list_and_map()
    {
        object? value = new List<object?> { 1L, "x", new Dictionary<string, object?> { ["k"] = new List<object?> { true, null } } };
        const string hex = "93 01 81 78 A1 81 6B 92 C3 C0";
        Assert.Equal(Hex.Parse(hex), Pack(value));
        Assert.True(ValueEquality.Equal(value, Unpack(hex)));
    }

    [Theory]
    [InlineData("C8 05", 5L)]
    [InlineData("C9 00 05", 5L)]
    [InlineData("CA 00 00 00 05", 5L)]
    [InlineData("CB 00 00 00 00 00 00 00 05", 5L)]
    [InlineData("D0 01 61", "a")]
    [InlineData("D1 00 01 61", "a")]
    [InlineData("D2 00 00 00 01 61", "a")]
    public void Larger_than_needed_encodings_are_accepted(string hex, object expected) => Assert.Equal(expected, Unpack(hex));

    [Theory]
    [InlineData("C4")]
    [InlineData("C7")]
    [InlineData("CF")]
    [InlineData("D3")]
    [InlineData("D7")]
    [InlineData("DC 01")]
    [InlineData("EF")]
    public void Unused_markers_are_rejected(string hex) => Assert.Throws<ProtocolException>(() => Unpack(hex));

    [Theory]
    [InlineData("C9 00")]
    [InlineData("85 61 62")]
    [InlineData("92 01")]
    [InlineData("D6 7F FF FF FF 01")]
    [InlineData("A1 01 02")]
    [InlineData("CE FF FF FF FF")]
    [InlineData("DA 7F FF FF FF 81 61 01")]
    [InlineData("DA 40 00 00 01 81 61 01")]
    public void Truncated_or_malformed_input_is_a_protocol_error(string hex) => Assert.Throws<ProtocolException>(() => Unpack(hex));

    [Fact]
    public void Nesting_beyond_the_depth_limit_is_a_protocol_error_not_a_stack_overflow()
    {
        // 100,000 nested one-item lists (0x91 ... 0x01): a hostile server's 100 kB message.
        var bytes = new byte[100_001];
        Array.Fill(bytes, (byte)0x91, 0, 100_000);
        bytes[^1] = 0x01;
        var e = Assert.Throws<ProtocolException>(() => new PackStreamReader(bytes).ReadValue());
        Assert.Contains("nests deeper", e.Message, StringComparison.Ordinal);

        // Nesting up to the limit still reads, and the reader is usable again after the error.
        var deep = new byte[PackStreamReader.MaxDepth];
        Array.Fill(deep, (byte)0x91, 0, PackStreamReader.MaxDepth - 1);
        deep[^1] = 0x01;
        var reader = new PackStreamReader(bytes);
        Assert.Throws<ProtocolException>(() => reader.ReadValue());
        reader.Reset(deep, 0, deep.Length);
        Assert.IsType<List<object?>>(reader.ReadValue());
    }

    [Fact]
    public void Unsupported_types_are_refused_with_their_name()
    {
        var e = Assert.Throws<ArgumentException>(() => Pack(1.5m));
        Assert.Contains("Decimal", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Anonymous_objects_pack_as_maps()
    {
        Assert.Equal(Hex.Parse("A2 81 61 01 81 62 81 78"), Pack(new { a = 1, b = "x" }));
    }
}
