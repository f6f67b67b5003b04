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
    public static string For(string sourceKey)
    {
        ArgumentNullException.ThrowIfNull(sourceKey);
        var max = Encoding.UTF8.GetMaxByteCount(sourceKey.Length);
        byte[]? rented = null;
        var bytes = max <= 1024 ? stackalloc byte[max] : (rented = ArrayPool<byte>.Shared.Rent(max));
        var length = Encoding.UTF8.GetBytes(sourceKey, bytes);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes[..length], hash);
        if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
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
}
