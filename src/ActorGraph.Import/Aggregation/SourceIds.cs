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
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(sourceKey), hash);
        return "src-" + Convert.ToHexStringLower(hash[..6]);
    }
}
