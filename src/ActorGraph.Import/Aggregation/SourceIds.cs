using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace ActorGraph.Import.Aggregation;

/// <summary>Stable source ids from what identifies a source (a URL, a story id).</summary>
public static class SourceIds
{
    /// <summary><c>src-</c> and the first 12 hex digits of the SHA-256 of the key: the same URL gets the
    /// same id in every import, so re-imports of overlapping files agree.</summary>
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
        return "src-" + Convert.ToHexStringLower(hash[..6]);
    }
}
