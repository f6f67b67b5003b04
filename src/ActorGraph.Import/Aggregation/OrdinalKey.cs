namespace ActorGraph.Import.Aggregation;

/// <summary>A sort key in <see cref="StringComparer.Ordinal"/> order that compares two integers first: the
/// first 16 characters packed 8 bits each (characters above 255 clamped, which keeps the order), the full
/// ordinal comparison only on a tie. Sorting a million source ids (<c>src-</c> and 12 hex digits) then
/// compares integers only.</summary>
internal readonly struct OrdinalKey(string value) : IComparable<OrdinalKey>
{
    private readonly ulong _high = Pack(value, 0);
    private readonly ulong _low = Pack(value, 8);

    public string Value { get; } = value;

    public int CompareTo(OrdinalKey other)
    {
        var c = _high.CompareTo(other._high);
        if (c == 0) c = _low.CompareTo(other._low);
        return c != 0 ? c : string.CompareOrdinal(Value, other.Value);
    }

    private static ulong Pack(string s, int from)
    {
        ulong key = 0;
        for (var i = from; i < from + 8; i++) key = (key << 8) | (i < s.Length ? Math.Min(s[i], (char)255) : 0u);
        return key;
    }
}
