using System.Collections.Frozen;
using System.Runtime.InteropServices;
using ActorGraph.Core.Model;

namespace ActorGraph.Seed.Validation;

/// <summary>Counts the relations that share a derived id's base (<see cref="DerivedRelationIds"/>: ends, kind and start)
/// in load order, so that each gets its repeat number. Shared by the loader and the CSV writer, which leaves out ids the
/// loader will derive again.</summary>
internal sealed class RelationIdDeriver
{
    /// <summary>The counts are split by key over this many dictionaries (see <see cref="Key.Partition"/>): counting keys of
    /// different partitions at once is safe, and each partition counts its keys in load order, so the numbers are those
    /// of one sequential count whatever the number of threads.</summary>
    public const int Partitions = 16;

    private static readonly FrozenDictionary<string, int> VocabularyKinds =
        RelationVocabulary.All.Select((k, i) => KeyValuePair.Create(k.Name, i)).ToFrozenDictionary(StringComparer.Ordinal);

    // Kinds outside the vocabulary (none are read today) are numbered after it, under a lock.
    private readonly Dictionary<string, int> _otherKinds = new(StringComparer.Ordinal);

    // Keyed by numbers, not by the id text: a million-entry dictionary of strings costs a pointer chase
    // per probe, which dominated the load profile.
    private readonly Dictionary<Key, int>[] _counts = [.. Enumerable.Range(0, Partitions).Select(_ => new Dictionary<Key, int>())];

    /// <summary>What makes two derived ids repeats of each other: endpoints, kind and start day.</summary>
    public readonly record struct Key(int Source, int Kind, int Target, int Day)
    {
        /// <summary>The dictionary this key is counted in: a function of the key alone.</summary>
        public int Partition => (int)((uint)(Source * 31 + Target) % Partitions);
    }

    /// <summary>The next id for a relation with these endpoints, kind and start. <paramref name="sourceKey"/>
    /// and <paramref name="targetKey"/> are any numbers that identify the two actors (e.g. their index).</summary>
    public string Next(int sourceKey, string source, RelationKind kind, int targetKey, string target, DateOnly? start) =>
        DerivedRelationIds.Of(source, kind.Name, target, start, Count(sourceKey, kind, targetKey, start));

    /// <summary>Counts one more relation with these endpoints, kind and start; returns how many there are now (1 for the first).</summary>
    public int Count(int sourceKey, RelationKind kind, int targetKey, DateOnly? start) =>
        Count(KeyOf(sourceKey, kind, targetKey, start));

    /// <summary>The key of a relation with these endpoints, kind and start; safe to call from several threads.</summary>
    public Key KeyOf(int sourceKey, RelationKind kind, int targetKey, DateOnly? start) =>
        new(sourceKey, KindKey(kind.Name), targetKey, start?.DayNumber ?? -1);

    /// <summary>Counts one more relation with <paramref name="key"/>; returns how many there are now (1 for the first).
    /// Calls for keys of different partitions may run at once.</summary>
    public int Count(Key key)
    {
        ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts[key.Partition], key, out _);
        return ++count;
    }

    /// <summary>Makes room in <paramref name="partition"/> for <paramref name="more"/> further keys, so that a bulk count
    /// does not grow the dictionary step by step.</summary>
    public void Reserve(int partition, int more) => _counts[partition].EnsureCapacity(_counts[partition].Count + more);

    private int KindKey(string name)
    {
        if (VocabularyKinds.TryGetValue(name, out var known)) return known;
        lock (_otherKinds)
        {
            ref var key = ref CollectionsMarshal.GetValueRefOrAddDefault(_otherKinds, name, out var exists);
            if (!exists) key = VocabularyKinds.Count + _otherKinds.Count - 1;
            return key;
        }
    }
}
