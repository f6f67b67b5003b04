using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace ActorGraph.Import.Aggregation;

/// <summary>The distinct source keys (URLs, story ids) of an import, each kept once as UTF-8 bytes in large shared
/// chunks and numbered in the order first seen: a tie's kept evidence holds a key's number instead of a string, and
/// two items citing one URL share it. A 1M-row GDELT file keeps ~700k URLs: as strings they were ~700k objects of
/// ~200 bytes (UTF-16) that all survived to the end of the import; here they are ~70 MB of bytes in a few dozen arrays
/// and four integers each (docs/benchmarks/import.md, eleventh session).</summary>
/// <remarks>Keys come from decoded text (valid UTF-16), so the UTF-8 round trip is exact. Interning is O(length)
/// (a hash with a per-process random seed, so a crafted file cannot force collisions, then one comparison per
/// candidate); reading a key back is a span of a chunk or one decoded string. Adding is not thread-safe (the
/// aggregator adds on one thread); once the import is built, reading is safe from any thread.</remarks>
public sealed class SourceKeys
{
    // The first chunks are 1 MB; from the ninth on 8 MB, which LargeColumns advises as huge pages, so that a large import
    // faults its ~70 MB of URL bytes per 1M rows in 2 MB pages instead of 4 KB ones (the copy into fresh 4 KB pages was
    // ~3 % of a 1M-row import's CPU, nearly all page faults: docs/benchmarks.md, eighteenth session).
    private const int ChunkBytes = 1 << 20;
    private const int LargeChunkBytes = 8 << 20;
    private const int SmallChunks = 8;
    private readonly List<byte[]> _chunks = [];
    private int _used;
    private int[] _chunk = new int[1024];
    private int[] _offset = new int[1024];
    private int[] _length = new int[1024];
    private int[] _hash = new int[1024];
    // Open addressing, linear probing: key number + 1, 0 for an empty slot; at most half full.
    private int[] _slots = new int[2048];

    /// <summary>How many distinct keys there are.</summary>
    public int Count { get; private set; }

    /// <summary>The number of <paramref name="key"/>, adding it if new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Intern(ReadOnlySpan<char> key)
    {
        var max = Encoding.UTF8.GetMaxByteCount(key.Length);
        byte[]? rented = null;
        var bytes = max <= 2048 ? stackalloc byte[max] : (rented = ArrayPool<byte>.Shared.Rent(max));
        var length = Encoding.UTF8.GetBytes(key, bytes);
        var number = Intern(bytes[..length]);
        if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        return number;
    }

    /// <summary>The number of the key with these UTF-8 bytes, adding it if new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Intern(ReadOnlySpan<byte> utf8) => Intern(utf8, HashOf(utf8));

    /// <summary><see cref="Intern(ReadOnlySpan{byte})"/> with the key's <see cref="HashOf"/> already made.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Intern(ReadOnlySpan<byte> utf8, int hash)
    {
        var mask = _slots.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var at = _slots[slot] - 1;
            if (at < 0)
            {
                at = Add(utf8, hash);
                _slots[slot] = at + 1;
                if (2 * Count > _slots.Length) Grow();
                return at;
            }
            if (_hash[at] == hash && Bytes(at).SequenceEqual(utf8)) return at;
        }
    }

    /// <summary>The number of <paramref name="key"/>, or -1 when it was never added.</summary>
    public int Find(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var utf8 = Encoding.UTF8.GetBytes(key);
        var hash = HashOf(utf8);
        var mask = _slots.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var at = _slots[slot] - 1;
            if (at < 0) return -1;
            if (_hash[at] == hash && Bytes(at).SequenceEqual(utf8)) return at;
        }
    }

    /// <summary>Makes room for <paramref name="keys"/> keys at once (see <see cref="TieTable.Reserve"/>): the columns are
    /// not copied and the slots not rehashed while they double. Never shrinks.</summary>
    public void Reserve(int keys)
    {
        if (keys <= _chunk.Length) return;
        Resize(ref _chunk, keys);
        Resize(ref _offset, keys);
        Resize(ref _length, keys);
        Resize(ref _hash, keys);
        var slots = _slots.Length;
        while (slots < 2L * keys && slots < (1 << 30)) slots *= 2;
        if (slots > _slots.Length) Rehash(slots);
    }

    /// <summary>The UTF-8 bytes of key <paramref name="number"/>.</summary>
    public ReadOnlySpan<byte> Bytes(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(number, Count);
        return _chunks[_chunk[number]].AsSpan(_offset[number], _length[number]);
    }

    /// <summary>Key <paramref name="number"/> as a string (made anew on each call).</summary>
    public string ToString(int number) => Encoding.UTF8.GetString(Bytes(number));

    /// <summary>Starts loading the slot a key of <paramref name="hash"/> is looked up in first (<see cref="CacheHints"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void PrefetchSlot(int hash) => CacheHints.Prefetch(_slots, hash & (_slots.Length - 1));

    /// <summary>Starts loading the stored hash of the key in that first slot, if any: call after <see cref="PrefetchSlot"/>
    /// has had time to bring the slot in.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void PrefetchKey(int hash)
    {
        var at = _slots[hash & (_slots.Length - 1)] - 1;
        if (at >= 0) CacheHints.Prefetch(_hash, at);
    }

    /// <summary>The hash a key of these UTF-8 bytes is looked up by (non-negative; seeded per process).</summary>
    public static int HashOf(ReadOnlySpan<byte> utf8)
    {
        var hash = new HashCode();
        hash.AddBytes(utf8);
        return hash.ToHashCode() & int.MaxValue;
    }

    private int Add(ReadOnlySpan<byte> utf8, int hash)
    {
        if (Count == _chunk.Length)
        {
            var size = checked(Count * 2);
            Resize(ref _chunk, size);
            Resize(ref _offset, size);
            Resize(ref _length, size);
            Resize(ref _hash, size);
        }
        if (_chunks.Count == 0 || _chunks[^1].Length - _used < utf8.Length)
        {
            // A key longer than a chunk gets a chunk of its own.
            // Not zeroed: only the bytes written are ever read.
            var size = _chunks.Count < SmallChunks ? ChunkBytes : LargeChunkBytes;
            _chunks.Add(LargeColumns.Allocate<byte>(Math.Max(size, utf8.Length)));
            _used = 0;
        }
        var chunk = _chunks[^1];
        utf8.CopyTo(chunk.AsSpan(_used));
        _chunk[Count] = _chunks.Count - 1;
        _offset[Count] = _used;
        _length[Count] = utf8.Length;
        _hash[Count] = hash;
        _used += utf8.Length;
        return Count++;
    }

    // The columns grow without zeroing (each entry is written when its key is added, before any read).
    private static void Resize(ref int[] array, int size)
    {
        var larger = LargeColumns.Allocate<int>(size);
        array.AsSpan().CopyTo(larger);
        array = larger;
    }

    private void Grow() => Rehash(checked(_slots.Length * 2));

    private void Rehash(int size)
    {
        var slots = LargeColumns.AllocateZeroed<int>(size);
        var mask = slots.Length - 1;
        for (var n = 0; n < Count; n++)
        {
            var slot = _hash[n] & mask;
            while (slots[slot] != 0) slot = (slot + 1) & mask;
            slots[slot] = n + 1;
        }
        _slots = slots;
    }
}
