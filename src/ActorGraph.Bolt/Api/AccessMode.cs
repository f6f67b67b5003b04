namespace ActorGraph.Bolt;

/// <summary>Read or write: decides which cluster member a routed session uses (and sends mode "r" for reads).</summary>
public enum AccessMode
{
    Write,
    Read,
}

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

/// <summary>Session settings: <c>o =&gt; o.WithDatabase("neo4j").WithDefaultAccessMode(AccessMode.Read)</c>.</summary>
public sealed class SessionConfigBuilder
{
    internal string? Database { get; private set; }
    internal AccessMode AccessMode { get; private set; } = AccessMode.Write;
    internal Bookmarks Bookmarks { get; private set; } = Bookmarks.Empty;
    internal long? FetchSize { get; private set; }
    internal string? ImpersonatedUser { get; private set; }

    /// <summary>The database; omitted means the user's home database.</summary>
    public SessionConfigBuilder WithDatabase(string database)
    {
        Database = string.IsNullOrWhiteSpace(database) ? throw new ArgumentException("A database name is not blank.", nameof(database)) : database;
        return this;
    }

    public SessionConfigBuilder WithDefaultAccessMode(AccessMode mode)
    {
        AccessMode = mode;
        return this;
    }

    public SessionConfigBuilder WithBookmarks(params Bookmarks[] bookmarks)
    {
        Bookmarks = Bookmarks.Merge(bookmarks);
        return this;
    }

    /// <summary>Records per PULL; -1 for all at once.</summary>
    public SessionConfigBuilder WithFetchSize(long size)
    {
        FetchSize = size is > 0 or -1 ? size : throw new ArgumentOutOfRangeException(nameof(size), "Fetch size is positive, or -1 for all.");
        return this;
    }

    public SessionConfigBuilder WithImpersonatedUser(string user)
    {
        ImpersonatedUser = user;
        return this;
    }
}

/// <summary>Transaction settings: timeout and metadata, sent in BEGIN (or an auto-commit RUN).</summary>
public sealed class TransactionConfigBuilder
{
    internal TimeSpan? Timeout { get; private set; }
    internal IReadOnlyDictionary<string, object?>? Metadata { get; private set; }

    public TransactionConfigBuilder WithTimeout(TimeSpan? timeout)
    {
        Timeout = timeout;
        return this;
    }

    public TransactionConfigBuilder WithMetadata(IReadOnlyDictionary<string, object?> metadata)
    {
        Metadata = metadata;
        return this;
    }
}
