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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string For(ReadOnlySpan<byte> utf8Key, out ulong sortKey)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(utf8Key, hash);
        // The digits are written byte 0 first, high nibble first: the bytes read big-endian order the ids.
        sortKey = BinaryPrimitives.ReadUInt64BigEndian(hash) >> 16;
        // One allocation: the prefix and the 12 hex digits written straight into the string.
        return string.Create(Prefix.Length + 12, BinaryPrimitives.ReadUInt64LittleEndian(hash), static (chars, bits) =>
        {
            Prefix.CopyTo(chars);
            var digits = chars[Prefix.Length..];
            for (var i = 0; i < 6; i++)
            {
                var b = (byte)(bits >> (8 * i));
                digits[2 * i] = Hex[b >> 4];
                digits[2 * i + 1] = Hex[b & 0xF];
            }
        });
    }

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
