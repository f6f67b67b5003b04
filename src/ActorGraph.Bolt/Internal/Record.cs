namespace ActorGraph.Bolt.Internal;

internal sealed class Record(RecordKeys keys, object?[] values) : IRecord
{
    private IReadOnlyDictionary<string, object?>? _values;

    public object? this[int index] => values[index];

    public object? this[string key] => values[IndexOf(key)];

    public IReadOnlyList<string> Keys => keys.Names;

    public IReadOnlyDictionary<string, object?> Values => _values ??= keys.Names.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => values[p.i]);

    public T Get<T>(string key) => ValueConversion.To<T>(values[IndexOf(key)], key);

    public T Get<T>(int index) => ValueConversion.To<T>(values[index], keys.Names[index]);

    public bool TryGet<T>(string key, out T value)
    {
        if (keys.Index.TryGetValue(key, out var i))
        {
            try
            {
                value = ValueConversion.To<T>(values[i], key);
                return true;
            }
            catch (InvalidCastException)
            {
            }
        }
        value = default!;
        return false;
    }

    public override string ToString() => "{" + string.Join(", ", keys.Names.Select((k, i) => $"{k}: {ValueFormatter.Format(values[i])}")) + "}";

    private int IndexOf(string key) => keys.Index.TryGetValue(key, out var i)
        ? i
        : throw new KeyNotFoundException($"The record has no key '{key}'; its keys are: {string.Join(", ", keys.Names)}.");
}
