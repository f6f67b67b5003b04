using System.Runtime.CompilerServices;

namespace ActorGraph.Import.Aggregation;

/// <summary>The ties of an import as columns: per tie its key and running totals (a struct in one array), per kept
/// evidence item its source key's number, its facts and the next item of the same tie; ties are numbered in the order
/// first seen and looked up by key through an open-addressing table of those numbers.</summary>
/// <remarks>Before this table a tie was an accumulator object held by a <c>Dictionary&lt;TieKey, TieAccumulator&gt;</c>,
/// with a list object for its second to fifth items: ~620k objects per 1M GDELT rows, all surviving to the end of
/// the import, which the garbage collector copied twice and marked on every collection. Here they are a few large arrays
/// without references (docs/benchmarks.md, twelfth session). Adding is not thread-safe (one aggregating thread); once
/// the import is built, reading is safe from any thread.</remarks>
internal sealed class TieTable
{
    private readonly SourceKeys _sourceKeys;
    private TieKey[] _keys = new TieKey[1024];
    private TieTotals[] _totals = new TieTotals[1024];
    // Open addressing, linear probing: tie number + 1, 0 for an empty slot; at most half full.
    private int[] _slots = new int[2048];
    private int[] _itemSource = new int[1024];
    private int[] _itemNext = new int[1024];
    private EvidenceFacts[] _itemFacts = new EvidenceFacts[1024];
    // Per item the reader's draft, only for readers that keep drafts (CSV, ICEWS, PLOVER); null for GDELT.
    private EvidenceDraft?[]? _itemDrafts;

    public TieTable(int maxEvidence, SourceKeys sourceKeys)
    {
        MaxEvidence = maxEvidence;
        _sourceKeys = sourceKeys;
    }

    /// <summary>At most this many items are kept per tie.</summary>
    public int MaxEvidence { get; }

    /// <summary>The import's source keys, which items hold numbers of.</summary>
    public SourceKeys SourceKeys => _sourceKeys;

    /// <summary>Ties so far.</summary>
    public int Count { get; private set; }

    /// <summary>Kept evidence items so far.</summary>
    public int ItemCount { get; private set; }

    /// <summary>Tie <paramref name="tie"/>'s key.</summary>
    public TieKey KeyOf(int tie) => _keys[tie];

    /// <summary>Tie <paramref name="tie"/>'s totals.</summary>
    public ref readonly TieTotals TotalsOf(int tie) => ref _totals[tie];

    /// <summary>The item after <paramref name="item"/> in its tie, or -1.</summary>
    public int NextItem(int item) => _itemNext[item];

    /// <summary>Item <paramref name="item"/>'s source key number.</summary>
    public int SourceOf(int item) => _itemSource[item];

    /// <summary>Item <paramref name="item"/>'s facts (default when it was kept as a draft).</summary>
    public ref readonly EvidenceFacts FactsOf(int item) => ref _itemFacts[item];

    /// <summary>The facts column itself, indexed by item number (longer than <see cref="ItemCount"/> when room was
    /// reserved): the built graph's evidence reads it in place instead of a copy in tie order. Items never change once kept.</summary>
    public EvidenceFacts[] FactsColumn => _itemFacts;

    /// <summary>The drafts column, indexed by item number, or null when no item was kept as a draft.</summary>
    public EvidenceDraft?[]? DraftsColumn => _itemDrafts;

    /// <summary>Item <paramref name="item"/>'s draft, or null when it was kept as facts.</summary>
    public EvidenceDraft? DraftOf(int item) => _itemDrafts?[item];

    /// <summary>The number of the tie with <paramref name="key"/>, or -1 when there is none yet.</summary>
    public int Find(in TieKey key, out int slot) => Find(key, HashOf(key), out slot);

    /// <summary><see cref="Find(in TieKey, out int)"/> with the key's <see cref="HashOf"/> already made.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Find(in TieKey key, int hash, out int slot)
    {
        var mask = _slots.Length - 1;
        for (slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var at = _slots[slot] - 1;
            if (at < 0 || _keys[at] == key) return at;
        }
    }

    /// <summary>Adds a tie with <paramref name="key"/> at the empty <paramref name="slot"/> that <see cref="Find"/>
    /// gave, its first event on <paramref name="day"/>; returns its number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Add(in TieKey key, int slot, int day)
    {
        if (Count == _keys.Length)
        {
            var size = checked(Count * 2);
            Resize(ref _keys, size);
            Resize(ref _totals, size);
        }
        var tie = Count++;
        _keys[tie] = key;
        _totals[tie] = new TieTotals { FirstDay = day, LastDay = day, FirstItem = -1, LastItem = -1 };
        _slots[slot] = tie + 1;
        if (2 * Count > _slots.Length) Grow();
        return tie;
    }

    /// <summary>Starts loading tie <paramref name="tie"/>'s totals (<see cref="CacheHints"/>; out of range: nothing).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PrefetchTotals(int tie) => CacheHints.Prefetch(_totals, tie);

    /// <summary>Starts loading tie <paramref name="tie"/>'s key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PrefetchKey(int tie) => CacheHints.Prefetch(_keys, tie);

    /// <summary>Starts loading the source number of tie <paramref name="tie"/>'s first kept item, if any: call after
    /// <see cref="PrefetchTotals"/> has had time to bring the totals in.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PrefetchFirstItem(int tie)
    {
        if ((uint)tie >= (uint)Count) return;
        var first = _totals[tie].FirstItem;
        if (first >= 0) CacheHints.Prefetch(_itemSource, first);
    }

    /// <summary>Counts one event into tie <paramref name="tie"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddEvent(int tie, int day, double goldstein, int sources)
    {
        ref var t = ref _totals[tie];
        t.Count++;
        t.GoldsteinSum += goldstein;
        t.Sources += Math.Max(0, sources);
        if (day < t.FirstDay) t.FirstDay = day;
        if (day > t.LastDay) t.LastDay = day;
    }

    /// <summary>True when tie <paramref name="tie"/> keeps an item citing source key <paramref name="source"/>.</summary>
    public bool Cites(int tie, int source)
    {
        for (var item = _totals[tie].FirstItem; item >= 0; item = _itemNext[item])
        {
            if (_itemSource[item] == source) return true;
        }
        return false;
    }

    /// <summary>Appends an item to tie <paramref name="tie"/>'s evidence (no check of room or duplicates).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Keep(int tie, int source, EvidenceDraft? draft, in EvidenceFacts facts)
    {
        if (ItemCount == _itemSource.Length)
        {
            var size = checked(ItemCount * 2);
            Resize(ref _itemSource, size);
            Resize(ref _itemNext, size);
            Resize(ref _itemFacts, size);
            if (_itemDrafts is not null) Array.Resize(ref _itemDrafts, size);
        }
        var item = ItemCount++;
        _itemSource[item] = source;
        _itemNext[item] = -1;
        _itemFacts[item] = facts;
        if (draft is not null) (_itemDrafts ??= new EvidenceDraft?[_itemSource.Length])[item] = draft;
        ref var t = ref _totals[tie];
        if (t.LastItem < 0) t.FirstItem = item;
        else _itemNext[t.LastItem] = item;
        t.LastItem = item;
        t.ItemCount++;
    }

    /// <summary>Makes room for <paramref name="ties"/> ties and <paramref name="items"/> kept items at once, so that a
    /// large input whose size is known (<see cref="EventAggregator.Reserve"/>) does not copy and rehash the columns a
    /// dozen times while they double. Never shrinks; the ties and items already added are kept.</summary>
    public void Reserve(int ties, int items)
    {
        if (ties > _keys.Length)
        {
            Resize(ref _keys, ties);
            Resize(ref _totals, ties);
            var slots = _slots.Length;
            while (slots < 2L * ties && slots < (1 << 30)) slots *= 2;
            if (slots > _slots.Length) Rehash(slots);
        }
        if (items > _itemSource.Length)
        {
            Resize(ref _itemSource, items);
            Resize(ref _itemNext, items);
            Resize(ref _itemFacts, items);
            if (_itemDrafts is not null) Array.Resize(ref _itemDrafts, items);
        }
    }

    /// <summary><see cref="Array.Resize{T}"/> compiled optimised at once (the framework's generic method over the import's
    /// own struct types is not precompiled, and its tier-0 code copied element by element: ~3 % of a 1M-row import),
    /// and without zeroing the new part: every column is written before it is read (a tie's key and totals when it is
    /// added, an item's source, facts and next when it is kept), so the pages of a reserved column are touched only as
    /// it fills; large columns are pinned and advised for huge pages (<see cref="LargeColumns"/>). Drafts hold references
    /// and grow through <see cref="Array.Resize{T}"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Resize<T>(ref T[] array, int size) where T : unmanaged
    {
        var larger = LargeColumns.Allocate<T>(size);
        array.AsSpan().CopyTo(larger);
        array = larger;
    }

    /// <summary>The hash a key is looked up by (non-negative).</summary>
    public static int HashOf(in TieKey key) => HashCode.Combine(key.Source, key.Target, key.Mapping, key.Window) & int.MaxValue;

    /// <summary>Starts loading the slot a key of <paramref name="hash"/> is looked up in first (<see cref="CacheHints"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PrefetchSlot(int hash) => CacheHints.Prefetch(_slots, hash & (_slots.Length - 1));

    /// <summary>Starts loading the key and totals of the tie in that first slot, if any: call after
    /// <see cref="PrefetchSlot"/> has had time to bring the slot in.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PrefetchTie(int hash)
    {
        var at = _slots[hash & (_slots.Length - 1)] - 1;
        if (at < 0) return;
        CacheHints.Prefetch(_keys, at);
        CacheHints.Prefetch(_totals, at);
    }

    private void Grow() => Rehash(checked(_slots.Length * 2));

    private void Rehash(int size)
    {
        var slots = LargeColumns.AllocateZeroed<int>(size);
        var mask = slots.Length - 1;
        for (var n = 0; n < Count; n++)
        {
            var slot = HashOf(_keys[n]) & mask;
            while (slots[slot] != 0) slot = (slot + 1) & mask;
            slots[slot] = n + 1;
        }
        _slots = slots;
    }
}
