namespace ActorGraph.Bolt;

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
