using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace ActorGraph.Import.Aggregation;

/// <summary>SHA-256 of short keys through OpenSSL's low-level functions (<c>SHA256_Init</c>, <c>_Update</c>,
/// <c>_Final</c> of <c>libcrypto.so.3</c>, the library .NET's own cryptography uses on Linux), with the context on the
/// stack. The framework's <see cref="SHA256"/> and <see cref="IncrementalHash"/> go through OpenSSL's provider layer
/// (a digest fetched, reference-counted and freed, the error queue cleared, a safe handle marshalled) on every key:
/// for the ~100-byte URLs of an import that overhead cost several times the hashing (docs/benchmarks.md, thirteenth
/// session). Where the library or its functions are missing, or give a wrong digest on a check at start,
/// <see cref="IsAvailable"/> is false and callers use the framework.</summary>
internal static class OpenSslSha256
{
    private const string Library = "libcrypto.so.3";
    // SHA256_CTX is 112 bytes (eight 32-bit words of state, two counters, a 64-byte block, two ints); room to spare.
    private const int ContextBytes = 256;

    /// <summary>True when <see cref="Hash"/> may be called: the functions were found and hash a test vector right.</summary>
    public static bool IsAvailable { get; } = Probe();

    /// <summary>Writes the SHA-256 of <paramref name="data"/> into the first 32 bytes of <paramref name="hash"/>.
    /// Only when <see cref="IsAvailable"/>.</summary>
    public static void Hash(ReadOnlySpan<byte> data, Span<byte> hash)
    {
        if (hash.Length < 32) throw new ArgumentException("a SHA-256 needs 32 bytes", nameof(hash));
        Span<byte> context = stackalloc byte[ContextBytes];
        ref var c = ref MemoryMarshal.GetReference(context);
        if (SHA256_Init(ref c) != 1
            || (data.Length > 0 && SHA256_Update(ref c, ref MemoryMarshal.GetReference(data), (nuint)data.Length) != 1)
            || SHA256_Final(ref MemoryMarshal.GetReference(hash), ref c) != 1)
            throw new CryptographicException("OpenSSL SHA-256 failed");
    }

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            // One and three blocks, so that a wrong context layout would show.
            Span<byte> ours = stackalloc byte[32];
            foreach (var length in new[] { 3, 150 })
            {
                var data = new byte[length];
                for (var i = 0; i < length; i++) data[i] = (byte)(i * 31 + 7);
                Hash(data, ours);
                if (!ours.SequenceEqual(SHA256.HashData(data))) return false;
            }
            return true;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    // Short calls (well under a microsecond for a URL): no GC transition.
    [DllImport(Library), SuppressGCTransition]
    private static extern int SHA256_Init(ref byte context);

    [DllImport(Library), SuppressGCTransition]
    private static extern int SHA256_Update(ref byte context, ref byte data, nuint length);

    [DllImport(Library), SuppressGCTransition]
    private static extern int SHA256_Final(ref byte hash, ref byte context);
}
