using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using ActorGraph.Import.Aggregation;

namespace ActorGraph.Import.Tests.Tables;

/// <summary>Source ids are the SHA-256 of the key whichever hashing path computes them (OpenSSL's low-level functions
/// where they are found, the framework otherwise): keys around the 64-byte block and padding boundaries, empty, long,
/// non-ASCII, and longer than the keys the low-level path takes.</summary>
public class SourceIdHashTests
{
    public static TheoryData<int> Lengths => [0, 1, 3, 54, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 8191, 8192, 8193, 70_000];

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Sort_key_is_the_first_six_bytes_of_the_SHA_256(int length)
    {
        var key = new byte[length];
        new Random(length).NextBytes(key);
        var expected = BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(key)) >> 16;
        Assert.Equal(expected, SourceIds.SortKeyOf(key));
        Assert.Equal("src-" + Convert.ToHexStringLower(SHA256.HashData(key))[..12], SourceIds.For(key, out var sortKey));
        Assert.Equal(expected, sortKey);
    }

    [Fact]
    public void Known_vector_and_non_ASCII_keys()
    {
        // FIPS 180-2 test vector: SHA-256("abc") = ba7816bf8f01...
        Assert.Equal("src-ba7816bf8f01", SourceIds.For("abc"));
        foreach (var key in new[] { "https://пример.рф/новости", "https://例子.中国/新闻?id=7&ğ=ş", "emoji 🕊️ peace" })
        {
            var expected = "src-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];
            Assert.Equal(expected, SourceIds.For(key));
        }
    }
}
