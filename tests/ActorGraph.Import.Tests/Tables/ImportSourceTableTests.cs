using System.Security.Cryptography;
using System.Text;
using ActorGraph.Core.Model;
using ActorGraph.Import.Aggregation;
using ActorGraph.Import.Mediation;

namespace ActorGraph.Import.Tests.Tables;

/// <summary>The import's compact source table: ids sort and are found as strings would be, records are the ones the
/// describe function makes, non-ASCII keys, an empty table, ids that collide, and the inference source.</summary>
public class ImportSourceTableTests
{
    private static ImportSourceTable Table(string[] keys, int inferenceAt = -1, Func<string, string>? idOf = null)
    {
        var sortKeys = new ulong[keys.Length];
        for (var s = 0; s < keys.Length; s++)
        {
            var id = SourceIds.For(keys[s], out sortKeys[s]);
            if (idOf is not null) Assert.True(SourceIds.TryParse(idOf(id), out sortKeys[s]));
        }
        var facts = keys.Select((_, i) => new EvidenceFacts(i, CodeText.From("042"), 1.5, 2, new DateOnly(2020, 1, 1).AddDays(i))).ToArray();
        var store = new SourceKeys();
        var numbers = keys.Select(k => store.Intern(k)).ToArray();
        return new ImportSourceTable(new ImportSourceKeys(store, numbers), sortKeys, [.. Enumerable.Range(0, keys.Length)], facts, null, null,
            (key, f, id) => new Source(id, $"title of {key}", "publisher", f.Date, key), inferenceAt);
    }

    [Fact]
    public void Sort_key_orders_ids_as_ordinal_strings_and_parses_back()
    {
        var random = new Random(11);
        var keys = Enumerable.Range(0, 20_000).Select(i => $"https://example.org/{random.Next()}/{i}").ToArray();
        var pairs = keys.Select(k => (Id: SourceIds.For(k, out var bits), Bits: bits)).ToArray();
        Assert.Equal(pairs.Select(p => p.Id).Order(StringComparer.Ordinal), pairs.OrderBy(p => p.Bits).Select(p => p.Id));
        for (var i = 0; i < keys.Length; i++)
        {
            // The id as the docs define it: src- and the first 12 hex digits of the SHA-256 of the key's UTF-8 bytes.
            Assert.Equal("src-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(keys[i])))[..12], pairs[i].Id);
            Assert.Equal(pairs[i].Id, SourceIds.For(keys[i]));
            Assert.Equal(pairs[i].Bits, SourceIds.SortKeyOf(Encoding.UTF8.GetBytes(keys[i])));
            Assert.Equal(pairs[i].Id, SourceIds.Format(pairs[i].Bits));
        }
        foreach (var (id, bits) in pairs)
        {
            Assert.True(SourceIds.TryParse(id, out var parsed));
            Assert.Equal(bits, parsed);
        }
        foreach (var bad in new[] { "", "src-", "src-0123456789AB", "src-0123456789abc", "src-0123456789ag", "xrc-0123456789ab" })
            Assert.False(SourceIds.TryParse(bad, out _));
    }

    [Fact]
    public void Every_source_is_found_by_its_id_in_id_order_with_non_ascii_keys()
    {
        string[] keys =
        [
            "https://example.org/a", "https://пример.рф/новости/1", "https://例子.中国/新闻?id=7", "https://example.org/ğüş",
            "https://example.org/" + new string('x', 5000), "plain story id 42",
        ];
        var table = Table(keys);
        Assert.Equal(keys.Length, table.Count);
        var records = Enumerable.Range(0, table.Count).Select(table.At).ToArray();
        Assert.Equal(records.Select(r => r.Id).Order(StringComparer.Ordinal), records.Select(r => r.Id));
        Assert.Equal(keys.Order(StringComparer.Ordinal), records.Select(r => r.Url!).Order(StringComparer.Ordinal));
        for (var i = 0; i < records.Length; i++)
        {
            Assert.Equal(i, table.IndexOf(records[i].Id));
            Assert.Equal(SourceIds.For(records[i].Url!), records[i].Id);
            Assert.Equal($"title of {records[i].Url}", records[i].Title);
            Assert.Equal(records[i], table.At(i));
        }
        Assert.True(Encoding.UTF8.GetByteCount(keys[2]) > keys[2].Length);
        Assert.Equal(-1, table.IndexOf("src-000000000000"));
        Assert.Equal(-1, table.IndexOf(records[0].Id.ToUpperInvariant()));
        Assert.Equal(-1, table.IndexOf(InferenceSource.Id));
        Assert.Equal(records.Max(r => r.Date), table.LatestDate());
    }

    [Fact]
    public void Empty_table_finds_nothing()
    {
        var table = Table([]);
        Assert.Equal(0, table.Count);
        Assert.Equal(-1, table.IndexOf(SourceIds.For("https://example.org/a")));
        Assert.Null(table.LatestDate());
        Assert.Throws<ArgumentOutOfRangeException>(() => table.At(0));
    }

    [Fact]
    public void Colliding_ids_resolve_to_the_later_source_in_tie_order()
    {
        // All ids forced equal: the table keeps every source, and the lookup answers the last, as a dictionary by id would.
        var table = Table(["k0", "k1", "k2"], idOf: _ => "src-00000000abcd");
        Assert.Equal(3, table.Count);
        Assert.Equal(["k0", "k1", "k2"], Enumerable.Range(0, 3).Select(i => table.At(i).Url));
        Assert.Equal(2, table.IndexOf("src-00000000abcd"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Inference_source_comes_first(bool keyedAsIt)
    {
        string[] keys = keyedAsIt ? ["https://example.org/a", InferenceSource.Id, "https://example.org/b"] : ["https://example.org/a", "https://example.org/b"];
        var table = Table(keys, inferenceAt: keyedAsIt ? 1 : keys.Length);
        Assert.Equal(3, table.Count);
        Assert.Same(InferenceSource.Source, table.At(0));
        Assert.Equal(0, table.IndexOf(InferenceSource.Id));
        Assert.Equal(1, table.IndexOf(table.At(1).Id));
        Assert.Equal(2, table.IndexOf(table.At(2).Id));
        Assert.DoesNotContain(InferenceSource.Id, new[] { table.At(1).Url, table.At(2).Url });
    }
}
