namespace ActorGraph.Analysis.Centrality;

/// <summary>A 4-ary min-heap of (key, vertex) entries without decrease-key: a shorter distance is pushed again and the
/// stale entry skipped by the caller when popped. Entries are ordered by key, then vertex, so the pop sequence is the
/// same as any other heap's with that order (runs are deterministic). Half the depth of a binary heap and each entry one
/// 16-byte struct, so a level costs one cache line. Grows as needed; no allocation once grown.</summary>
internal sealed class DaryMinHeap
{
    private Entry[] _entries = new Entry[64];

    public int Count { get; private set; }

    public void Clear() => Count = 0;

    public void Push(int vertex, double key)
    {
        if (Count == _entries.Length) Array.Resize(ref _entries, Count * 2);
        var entries = _entries;
        var i = Count++;
        var item = new Entry(key, vertex);
        while (i > 0)
        {
            var parent = (i - 1) >> 2;
            if (!Less(item, entries[parent])) break;
            entries[i] = entries[parent];
            i = parent;
        }
        entries[i] = item;
    }

    public int Pop(out double key)
    {
        var entries = _entries;
        var top = entries[0];
        key = top.Key;
        var n = --Count;
        if (n == 0) return top.Vertex;
        var last = entries[n];
        var i = 0;
        while (true)
        {
            var first = (i << 2) + 1;
            if (first >= n) break;
            var best = first;
            var end = Math.Min(first + 4, n);
            for (var c = first + 1; c < end; c++)
            {
                if (Less(entries[c], entries[best])) best = c;
            }
            if (!Less(entries[best], last)) break;
            entries[i] = entries[best];
            i = best;
        }
        entries[i] = last;
        return top.Vertex;
    }

    private static bool Less(Entry a, Entry b) => a.Key < b.Key || (a.Key == b.Key && a.Vertex < b.Vertex);

    private readonly record struct Entry(double Key, int Vertex);
}
