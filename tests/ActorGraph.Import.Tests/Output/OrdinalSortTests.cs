using ActorGraph.Import.Aggregation;

namespace ActorGraph.Import.Tests.Output;

/// <summary>The import's radix sorts give the orders the comparison sorts they replace gave: ordinal string order for
/// source ids (including keys the packed integers cannot tell apart), and a stable order by 64-bit keys.</summary>
public class OrdinalSortTests
{
    [Fact]
    public void Strings_come_out_in_ordinal_order_including_long_shared_prefixes_and_wide_characters()
    {
        var random = new Random(7);
        var alphabet = new[] { 'a', 'b', 'z', '0', '9', '-', 'É', 'ğ', 'ł', '中', '\uFFFF', '\0' };
        var keys = new List<string>();
        for (var i = 0; i < 3_000; i++)
        {
            // Many keys share their first 16 characters, so the packed integers tie and the full comparison decides.
            var prefix = i % 3 == 0 ? "src-0123456789ab" : i % 3 == 1 ? "src-" : "";
            var length = random.Next(0, 24);
            keys.Add(prefix + new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()));
        }
        keys.Add(keys[10]);
        keys.Add("");
        var items = keys.Select((k, i) => (Key: k, Position: i)).ToArray();

        OrdinalSort.Sort(items, x => x.Key);

        var expected = keys.Select((k, i) => (Key: k, Position: i)).OrderBy(x => x.Key, StringComparer.Ordinal).ThenBy(x => x.Position);
        Assert.Equal(expected, items);
    }

    [Fact]
    public void Positions_are_ordered_stably_by_their_keys()
    {
        var random = new Random(11);
        var keys = Enumerable.Range(0, 5_000).Select(i => i % 4 == 0 ? (ulong)random.Next(50) : (ulong)random.NextInt64() << random.Next(8)).ToArray();
        var order = Enumerable.Range(0, keys.Length).Reverse().ToArray();

        RadixOrder.SortBy(keys, order);

        Assert.Equal(Enumerable.Range(0, keys.Length).Reverse().OrderBy(p => keys[p]), order);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(255, 8)]
    [InlineData(256, 9)]
    [InlineData(long.MaxValue, 63)]
    public void Bits_for_a_value(long max, int bits) => Assert.Equal(bits, RadixOrder.BitsFor(max));
}
