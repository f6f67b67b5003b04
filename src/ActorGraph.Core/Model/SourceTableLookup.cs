using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace ActorGraph.Core.Model;

/// <summary>Sources by id over a <see cref="SourceTable"/>: a lookup builds the one record asked for, no dictionary is
/// kept. Enumerating it builds every record, in the table's order.</summary>
internal sealed class SourceTableLookup(SourceTable table) : IReadOnlyDictionary<string, Source>
{
    // Distinct ids: fewer than the table's sources only when two share an id; counted once, on first use.
    private readonly Lazy<int> _count = new(() => Enumerable.Range(0, table.Count).Count(i => table.IndexOf(table.At(i).Id) == i));

    public Source this[string key] =>
        TryGetValue(key, out var source) ? source : throw new KeyNotFoundException($"no source with id '{key}'");

    public IEnumerable<string> Keys => this.Select(kv => kv.Key);

    public IEnumerable<Source> Values => this.Select(kv => kv.Value);

    public int Count => _count.Value;

    public bool ContainsKey(string key) => key is not null && table.IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out Source value)
    {
        ArgumentNullException.ThrowIfNull(key);
        var i = table.IndexOf(key);
        value = i >= 0 ? table.At(i) : null;
        return value is not null;
    }

    public IEnumerator<KeyValuePair<string, Source>> GetEnumerator()
    {
        // As a dictionary would: one entry per distinct id, the later source where two share one.
        for (var i = 0; i < table.Count; i++)
        {
            var source = table.At(i);
            if (table.IndexOf(source.Id) == i) yield return KeyValuePair.Create(source.Id, source);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
