using ActorGraph.Analysis.Projection;

namespace ActorGraph.Cli.Commands.Evidence;

/// <summary>Collects the evidence an answer cites and folds repeats: the same source, paragraph and note
/// cited for three mediators becomes one item with a count and the three names. Items keep the order in
/// which they were first cited; each gets a reference number that the answer's lines can point to.</summary>
internal sealed class EvidenceFold
{
    private readonly Dictionary<(string, string?, string?), int> _index = [];
    private readonly List<(EvidenceItem Item, int Count, List<string> Supports)> _items = [];

    /// <summary>Cites <paramref name="item"/> in support of <paramref name="supports"/>; returns its reference number.</summary>
    public int Cite(EvidenceItem item, string supports)
    {
        ArgumentNullException.ThrowIfNull(item);
        var key = (item.SourceId, item.Locator, item.Note);
        if (!_index.TryGetValue(key, out var i))
        {
            i = _items.Count;
            _index[key] = i;
            _items.Add((item, 0, []));
        }
        var entry = _items[i];
        if (!entry.Supports.Contains(supports, StringComparer.Ordinal)) entry.Supports.Add(supports);
        _items[i] = entry with { Count = entry.Count + 1 };
        return i + 1;
    }

    /// <summary>Cites every item for <paramref name="supports"/>; returns their reference numbers, each once.</summary>
    public IReadOnlyList<int> CiteAll(IEnumerable<EvidenceItem> items, string supports) =>
        [.. items.Select(e => Cite(e, supports)).Distinct()];

    /// <summary>Number of distinct items cited.</summary>
    public int Count => _items.Count;

    /// <summary>Number of citations, repeats included.</summary>
    public int Citations => _items.Sum(e => e.Count);

    /// <summary>The distinct items, in first-cited order.</summary>
    public IReadOnlyList<FoldedEvidence> Items =>
        [.. _items.Select((e, i) => new FoldedEvidence(i + 1, e.Item, e.Count, [.. e.Supports]))];

    /// <summary>At most <paramref name="max"/> items, taken in turn from each supported actor (its first
    /// not yet taken item, actor by actor), so that a short list still speaks for every actor rather than
    /// for the one cited first; returned in reference-number order.</summary>
    public IReadOnlyList<FoldedEvidence> Spread(int max)
    {
        var all = Items;
        if (all.Count <= max) return all;
        var byActor = all.SelectMany(f => f.Supports.Select(s => (Actor: s, Item: f)))
            .GroupBy(x => x.Actor, StringComparer.Ordinal)
            .Select(g => new Queue<FoldedEvidence>(g.Select(x => x.Item)))
            .ToList();
        var taken = new SortedDictionary<int, FoldedEvidence>();
        while (taken.Count < max && byActor.Any(q => q.Count > 0))
        {
            foreach (var queue in byActor)
            {
                while (queue.Count > 0 && taken.ContainsKey(queue.Peek().Number)) queue.Dequeue();
                if (queue.Count == 0) continue;
                var next = queue.Dequeue();
                taken[next.Number] = next;
                if (taken.Count == max) break;
            }
        }
        return [.. taken.Values];
    }

    /// <summary>"[1]", "[1,3]" or "": reference numbers as printed after a line.</summary>
    public static string Refs(IReadOnlyCollection<int> numbers) =>
        numbers.Count == 0 ? "" : "[" + string.Join(",", numbers) + "]";
}
