namespace ActorGraph.Bolt;

/// <summary>Bookmarks: a session started with another's <see cref="IAsyncSession.LastBookmarks"/> sees its writes.</summary>
public sealed class Bookmarks : IEquatable<Bookmarks>
{
    public static Bookmarks Empty { get; } = new([]);

    private Bookmarks(IReadOnlyList<string> values) => Values = values;

    public IReadOnlyList<string> Values { get; }

    public static Bookmarks From(params IEnumerable<string> values) => new(values.Distinct(StringComparer.Ordinal).ToArray());

    public static Bookmarks Merge(IEnumerable<Bookmarks> all) => From(all.SelectMany(b => b.Values));

    public bool Equals(Bookmarks? other) => other is not null && other.Values.Order(StringComparer.Ordinal).SequenceEqual(Values.Order(StringComparer.Ordinal));
    public override bool Equals(object? obj) => obj is Bookmarks b && Equals(b);
    public override int GetHashCode() => Values.Count;
    public override string ToString() => $"Bookmarks[{string.Join(", ", Values)}]";
}
