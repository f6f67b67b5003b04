using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace ActorGraph.Import.Aggregation;

/// <summary>Stable source ids from what identifies a source (a URL, a story id).</summary>
public static class SourceIds
{
    private const string Prefix = "src-";
    private const string Hex = "0123456789abcdef";

    /// <summary><c>src-</c> and the first 12 hex digits (6 bytes) of the SHA-256 of the key: the same URL gets the
    /// same id in every import, so re-imports of overlapping files agree.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string For(string sourceKey) => For(sourceKey, out _);

    /// <summary><see cref="For(string)"/>, with the id's 12 hex digits as a 48-bit integer whose order is the ids'
    /// ordinal order (<paramref name="sortKey"/>), so that ids can be sorted and searched without comparing strings.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string For(string sourceKey, out ulong sortKey)
    {
        ArgumentNullException.ThrowIfNull(sourceKey);
        var max = Encoding.UTF8.GetMaxByteCount(sourceKey.Length);
        byte[]? rented = null;
        var bytes = max <= 1024 ? stackalloc byte[max] : (rented = ArrayPool<byte>.Shared.Rent(max));
        var length = Encoding.UTF8.GetBytes(sourceKey, bytes);
        var id = For(bytes[..length], out sortKey);
        if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        return id;
    }

    /// <summary><see cref="For(string, out ulong)"/> of a key given as its UTF-8 bytes.</summary>
    public static string For(ReadOnlySpan<byte> utf8Key, out ulong sortKey)
    {
        sortKey = SortKeyOf(utf8Key);
        return Format(sortKey);
    }

    /// <summary>The sort key of the id of a key given as its UTF-8 bytes, without making the id: the first 6 bytes of
    /// its SHA-256, read big-endian (the id writes byte 0 first, high nibble first, so this orders the ids).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ulong SortKeyOf(ReadOnlySpan<byte> utf8Key)
    {
        Span<byte> hash = stackalloc byte[32];
        if (UseOpenSsl(utf8Key)) OpenSslSha256.Hash(utf8Key, hash);
        else SHA256.HashData(utf8Key, hash);
        return BinaryPrimitives.ReadUInt64BigEndian(hash) >> 16;
    }

    // Keys up to this long are hashed by OpenSslSha256 (its calls skip the GC transition, so they must stay short).
    private const int OpenSslMaxBytes = 8192;

    private static bool UseOpenSsl(ReadOnlySpan<byte> key) => key.Length <= OpenSslMaxBytes && OpenSslSha256.IsAvailable;

    /// <summary><see cref="SortKeyOf(ReadOnlySpan{byte})"/> of every key of <paramref name="sources"/>, over the cores in
    /// chunks. Through <see cref="OpenSslSha256"/> where it is available (the framework's calls cost several times the
    /// hashing of a URL: thirteenth session); otherwise each thread reuses one <see cref="IncrementalHash"/> (the one-shot
    /// call fetches, counts references to and frees OpenSSL's digest on every key: twelfth session).</summary>
    /// <remarks>The keys are hashed in the order the aggregation stored them (<see cref="ImportSourceKeys.Keys"/>: their
    /// bytes and lengths lie one after another in memory), then given to the sources: hashed in source order (tie order),
    /// each key's bytes and columns were a fresh cache miss, several times the cost of its SHA-256 (~0.4 s of CPU at 1M
    /// rows against ~0.07 s of hashing).</remarks>
    internal static ulong[] SortKeysOf(ImportSourceKeys sources)
    {
        var all = sources.Keys;
        var byNumber = new ulong[all.Count];
        if (OpenSslSha256.IsAvailable)
        {
            Parallel.For(0, (byNumber.Length + HashChunk - 1) / HashChunk, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (chunk) =>
            {
                Span<byte> hash = stackalloc byte[32];
                for (var n = chunk * HashChunk; n < Math.Min(byNumber.Length, (chunk + 1) * HashChunk); n++)
                {
                    var key = all.Bytes(n);
                    if (key.Length <= OpenSslMaxBytes) OpenSslSha256.Hash(key, hash);
                    else SHA256.HashData(key, hash);
                    byNumber[n] = BinaryPrimitives.ReadUInt64BigEndian(hash) >> 16;
                }
            });
        }
        else
        {
            Parallel.For(
                0,
                byNumber.Length,
                () => IncrementalHash.CreateHash(HashAlgorithmName.SHA256),
                [MethodImpl(MethodImplOptions.AggressiveOptimization)] (n, _, sha) =>
                {
                    Span<byte> hash = stackalloc byte[32];
                    sha.AppendData(all.Bytes(n));
                    sha.GetHashAndReset(hash);
                    byNumber[n] = BinaryPrimitives.ReadUInt64BigEndian(hash) >> 16;
                    return sha;
                },
                sha => sha.Dispose());
        }
        var keyOf = sources.KeyOf;
        var keys = new ulong[keyOf.Length];
        for (var i = 0; i < keys.Length; i++) keys[i] = byNumber[keyOf[i]];
        return keys;
    }

    private const int HashChunk = 4096;

    /// <summary>The id whose sort key is <paramref name="sortKey"/>: <c>src-</c> and its 12 hex digits.</summary>
    public static string Format(ulong sortKey) =>
        string.Create(Prefix.Length + 12, sortKey, static (chars, bits) =>
        {
            Prefix.CopyTo(chars);
            for (var i = 0; i < 12; i++) chars[Prefix.Length + i] = Hex[(int)((bits >> (44 - 4 * i)) & 0xF)];
        });

    /// <summary>The sort key of an id made by <see cref="For(string, out ulong)"/> (<c>src-</c> and 12 lower-case hex
    /// digits); false for any other string.</summary>
    public static bool TryParse(string id, out ulong sortKey)
    {
        sortKey = 0;
        if (id is null || id.Length != Prefix.Length + 12 || !id.StartsWith(Prefix, StringComparison.Ordinal)) return false;
        for (var i = Prefix.Length; i < id.Length; i++)
        {
            var digit = Hex.IndexOf(id[i], StringComparison.Ordinal);
            if (digit < 0) return false;
            sortKey = (sortKey << 4) | (uint)digit;
        }
        return true;
    }
}
