namespace ActorGraph.Analysis.Paths;

/// <summary>A binary min-heap of (key, vertex) pairs without decrease-key: a shorter distance is pushed again and the
/// stale entry skipped when popped (the caller knows a vertex is settled). Fewer memory moves per operation than
/// <see cref="IndexedMinHeap"/>, which pays off in one-to-all searches such as Brandes'; equal keys pop in vertex order,
/// so runs are deterministic. Grows as needed (at most one entry per relaxed edge).</summary>
internal sealed class LazyMinHeap
{
    private double[] _keys = new double[64];
    private int[] _items = new int[64];

    public int Count { get; private set; }

    public void Clear() => Count = 0;

    public void Push(int v, double key)
    {
        if (Count == _keys.Length)
        {
            Array.Resize(ref _keys, Count * 2);
            Array.Resize(ref _items, Count * 2);
        }
        var keys = _keys;
        var items = _items;
        var i = Count++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            var pk = keys[parent];
            if (pk < key || (pk == key && items[parent] <= v)) break;
            keys[i] = pk;
            items[i] = items[parent];
            i = parent;
        }
        keys[i] = key;
        items[i] = v;
    }

    public int Pop(out double key)
    {
        var keys = _keys;
        var items = _items;
        var top = items[0];
        key = keys[0];
        var n = --Count;
        if (n == 0) return top;
        var lastKey = keys[n];
        var lastItem = items[n];
        var i = 0;
        while (true)
        {
            var child = 2 * i + 1;
            if (child >= n) break;
            if (child + 1 < n && (keys[child + 1] < keys[child] || (keys[child + 1] == keys[child] && items[child + 1] < items[child]))) child++;
            var ck = keys[child];
            if (lastKey < ck || (lastKey == ck && lastItem <= items[child])) break;
            keys[i] = ck;
            items[i] = items[child];
            i = child;
        }
        keys[i] = lastKey;
        items[i] = lastItem;
        return top;
    }
}
