using ActorGraph.Import.Reading;

namespace ActorGraph.Import.Tests.Reading;

public class LineReaderTests
{
    private static List<(long, string)> ReadAll(string text, int buffer)
    {
        var reader = new LineReader(new StringReader(text), buffer);
        var lines = new List<(long, string)>();
        while (reader.TryReadLine(out var line)) lines.Add((reader.LineNumber, line.ToString()));
        return lines;
    }

    [Theory]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(4096)]
    public void Lines_split_on_lf_and_crlf_with_a_last_line_without_an_end(int buffer)
    {
        var text = "alpha\r\nbeta\n\n" + new string('x', 100) + "\nlast";

        var lines = ReadAll(text, buffer);

        Assert.Equal([(1L, "alpha"), (2L, "beta"), (3L, ""), (4L, new string('x', 100)), (5L, "last")], lines);
    }

    [Fact]
    public void Every_split_point_of_the_buffer_gives_the_same_lines()
    {
        var text = string.Join("\n", Enumerable.Range(0, 50).Select(i => new string((char)('a' + (i % 26)), i % 23))) + "\r\n";
        var expected = ReadAll(text, 1 << 16);
        for (var size = 16; size < 64; size++) Assert.Equal(expected, ReadAll(text, size));
    }

    [Fact]
    public void Empty_input_has_no_lines() => Assert.Empty(ReadAll("", 16));
}
