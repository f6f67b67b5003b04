namespace ActorGraph.Bolt;

/// <summary>Session settings: <c>o =&gt; o.WithDatabase("neo4j").WithDefaultAccessMode(AccessMode.Read)</c>.</summary>
public sealed class SessionConfigBuilder
{
    internal string? Database { get; private set; }
    internal AccessMode AccessMode { get; private set; } = AccessMode.Write;
    internal Bookmarks Bookmarks { get; private set; } = Bookmarks.Empty;
    internal long? FetchSize { get; private set; }
    internal string? ImpersonatedUser { get; private set; }
    internal AuthToken? AuthToken { get; private set; }
    internal IBookmarkManager? BookmarkManager { get; private set; }
    internal NotificationsConfig? Notifications { get; private set; }

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

    /// <summary>Runs the session's work under other credentials than the driver's (user switching). From Bolt 5.1 the
    /// pooled connection logs on again with LOGOFF/LOGON; before, a connection is opened for these credentials.</summary>
    public SessionConfigBuilder WithAuthToken(IAuthToken authToken)
    {
        ArgumentNullException.ThrowIfNull(authToken);
        AuthToken = (AuthToken)authToken;
        return this;
    }

    /// <summary>Shares bookmarks with other sessions through a manager (see <see cref="IBookmarkManager"/>).</summary>
    public SessionConfigBuilder WithBookmarkManager(IBookmarkManager bookmarkManager)
    {
        BookmarkManager = bookmarkManager;
        return this;
    }

    /// <summary>A notification filter for this session's transactions (Bolt 5.2+), instead of the driver's.</summary>
    public SessionConfigBuilder WithNotifications(Severity? minimumSeverity, params Category[] disabledCategories)
    {
        Notifications = new NotificationsConfig(minimumSeverity, disabledCategories);
        return this;
    }

    public SessionConfigBuilder WithNotificationsDisabled()
    {
        Notifications = NotificationsConfig.Disabled;
        return this;
    }
}
