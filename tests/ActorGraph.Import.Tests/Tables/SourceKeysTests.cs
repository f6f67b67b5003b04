using System.Text;
using ActorGraph.Import.Aggregation;

namespace ActorGraph.Import.Tests.Tables;

/// <summary>The import's UTF-8 key store: every key comes back as given, equal keys share a number, distinct keys never
/// do, across chunk and table growth, with non-ASCII, empty and very long keys.</summary>
public class SourceKeysTests
{
    [Fact]
    public void Keys_round_trip_and_equal_keys_share_a_number()
    {
        var keys = new SourceKeys();
        string[] given =
        [
            "https://example.org/a", "", "https://пример.рф/новости", "https://例子.中国/新闻?id=7&ğ=ş", "emoji 🕊️ peace",
            "https://example.org/A", new string('u', 3_000_000), "https://example.org/a ",
        ];
        var numbers = given.Select(k => keys.Intern(k)).ToArray();
        Assert.Equal(Enumerable.Range(0, given.Length), numbers);
        Assert.Equal(given.Length, keys.Count);
        for (var i = 0; i < given.Length; i++)
        {
            Assert.Equal(given[i], keys.ToString(i));
            Assert.Equal(Encoding.UTF8.GetBytes(given[i]), keys.Bytes(i).ToArray());
            Assert.Equal(i, keys.Intern(new string(given[i].AsSpan())));
            Assert.Equal(i, keys.Find(given[i]));
            Assert.Equal(i, keys.Intern(Encoding.UTF8.GetBytes(given[i])));
        }
        Assert.Equal(given.Length, keys.Count);
        Assert.Equal(-1, keys.Find("https://example.org/b"));
        Assert.Throws<ArgumentOutOfRangeException>(() => keys.Bytes(given.Length));
    }

    [Fact]
    public void Many_keys_over_many_chunks_keep_their_numbers()
    {
        var keys = new SourceKeys();
        var random = new Random(5);
        // ~300,000 keys of up to 400 bytes (~57 MB): the eight 1 MB chunks, then 8 MB ones, and many doublings of the hash table.
        var given = Enumerable.Range(0, 300_000).Select(i => $"https://site{random.Next(1000)}.example/{i}/{new string('p', random.Next(300))}ü").ToArray();
        for (var i = 0; i < given.Length; i++) Assert.Equal(i, keys.Intern(given[i]));
        for (var i = given.Length - 1; i >= 0; i -= 7)
        {
            Assert.Equal(i, keys.Intern(given[i]));
            Assert.Equal(given[i], keys.ToString(i));
        }
        Assert.Equal(given.Length, keys.Count);
    }

    [Fact]
    public void Keys_longer_than_a_chunk_get_their_own_in_both_sizes()
    {
        var keys = new SourceKeys();
        // A 2 MB key among the 1 MB chunks, 30 MB of 1 KB keys to pass into the 8 MB chunks, then a 9 MB key and small ones.
        var given = new List<string> { "https://a.example/", "https://b.example/" + new string('x', 2 << 20) };
        given.AddRange(Enumerable.Range(0, 30_000).Select(i => $"https://c.example/{i}/" + new string('y', 1000)));
        given.Add("https://d.example/" + new string('z', 9 << 20));
        given.AddRange(Enumerable.Range(0, 1_000).Select(i => $"https://e.example/{i}"));
        for (var i = 0; i < given.Count; i++) Assert.Equal(i, keys.Intern(given[i]));
        for (var i = 0; i < given.Count; i++)
        {
            Assert.Equal(i, keys.Find(given[i]));
            Assert.Equal(given[i].Length, keys.Bytes(i).Length);
        }
        Assert.Equal(given[^1001], keys.ToString(given.Count - 1001));
        Assert.Equal(given[1], keys.ToString(1));
    }

    [Fact]
    public void Reserving_room_part_way_keeps_every_number()
    {
        var keys = new SourceKeys();
        var given = Enumerable.Range(0, 5_000).Select(i => $"https://site{i % 37}.example/{i}").ToArray();
        for (var i = 0; i < 1_500; i++) Assert.Equal(i, keys.Intern(given[i]));
        keys.Reserve(100_000);
        keys.Reserve(10);
        for (var i = 1_500; i < given.Length; i++) Assert.Equal(i, keys.Intern(given[i]));
        for (var i = 0; i < given.Length; i++)
        {
            Assert.Equal(i, keys.Intern(given[i]));
            Assert.Equal(i, keys.Find(given[i]));
            Assert.Equal(given[i], keys.ToString(i));
        }
        Assert.Equal(-1, keys.Find("https://site0.example/5000"));
        Assert.Equal(given.Length, keys.Count);
    }

    [Fact]
    public void Empty_store_finds_nothing()
    {
        var keys = new SourceKeys();
        Assert.Equal(0, keys.Count);
        Assert.Equal(-1, keys.Find(""));
        Assert.Equal(-1, keys.Find("https://example.org/a"));
        Assert.Throws<ArgumentOutOfRangeException>(() => keys.ToString(0));
    }
}
