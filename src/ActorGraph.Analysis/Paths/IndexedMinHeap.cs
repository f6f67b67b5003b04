namespace ActorGraph.Analysis.Paths;

/// <summary>A binary min-heap of vertex ids keyed by distance, with decrease-key through a position array.
/// Ties are broken by vertex id so results do not depend on insertion order.</summary>
internal sealed class IndexedMinHeap
{
    private readonly int[] _items;
    private readonly double[] _keys;
    private readonly int[] _position; // valid only while the vertex is in the heap

    public IndexedMinHeap(int capacity)
    {
        _items = new int[Math.Max(1, capacity)];
        _keys = new double[Math.Max(1, capacity)];
        _position = new int[Math.Max(1, capacity)];
    }

    public int Count { get; private set; }

    public void Clear() => Count = 0;

    /// <summary>The smallest key; the heap must not be empty.</summary>
    public double PeekKey => _keys[0];

    /// <summary>Inserts <paramref name="v"/>, which must not be in the heap.</summary>
    public void Push(int v, double key)
    {
        var i = Count++;
        _items[i] = v;
        _keys[i] = key;
        _position[v] = i;
        Up(i);
    }

    /// <summary>Lowers the key of <paramref name="v"/>, which must be in the heap.</summary>
    public void Decrease(int v, double key)
    {
        var i = _position[v];
        _keys[i] = key;
        Up(i);
    }

    public int Pop(out double key)
    {
        var top = _items[0];
        key = _keys[0];
        Count--;
        if (Count > 0)
        {
            _items[0] = _items[Count];
            _keys[0] = _keys[Count];
            _position[_items[0]] = 0;
            Down(0);
        }
        return top;
    }

    private bool Less(int i, int j) => _keys[i] < _keys[j] || (_keys[i] == _keys[j] && _items[i] < _items[j]);

    private void Up(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!Less(i, parent)) break;
            Swap(i, parent);
            i = parent;
        }
    }

    private void Down(int i)
    {
        while (true)
        {
            var l = 2 * i + 1;
            if (l >= Count) break;
            var m = l + 1 < Count && Less(l + 1, l) ? l + 1 : l;
            if (!Less(m, i)) break;
            Swap(i, m);
            i = m;
        }
    }

    private void Swap(int i, int j)
    {
        (_items[i], _items[j]) = (_items[j], _items[i]);
        (_keys[i], _keys[j]) = (_keys[j], _keys[i]);
        _position[_items[i]] = i;
        _position[_items[j]] = j;
    }
}
