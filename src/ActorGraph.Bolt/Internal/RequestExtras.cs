namespace ActorGraph.Bolt.Internal;

/// <summary>The extra map of BEGIN and of an auto-commit RUN: only keys with a value [§5]. mode is sent only as
/// "r" (write is the default), bookmarks only when there are some, db only when named.</summary>
internal static class RequestExtras
{
    public static Dictionary<string, object?> Build(Bookmarks bookmarks, string? database, AccessMode mode, string? impersonatedUser,
        TransactionConfigBuilder? tx, NotificationsConfig? notifications = null, BoltVersion? version = null)
    {
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (bookmarks.Values.Count > 0) extra["bookmarks"] = bookmarks.Values.Cast<object?>().ToList();
        if (tx?.Timeout is { } timeout) extra["tx_timeout"] = (long)Math.Ceiling(timeout.TotalMilliseconds);
        if (tx?.Metadata is { Count: > 0 } metadata) extra["tx_metadata"] = metadata;
        if (mode == AccessMode.Read) extra["mode"] = "r";
        if (database is not null) extra["db"] = database;
        if (impersonatedUser is not null) extra["imp_user"] = impersonatedUser;
        if (notifications is not null && version is { } v) notifications.AddTo(extra, v);
        return extra;
    }

    public static IReadOnlyDictionary<string, object?> Parameters(object? parameters) => parameters switch
    {
        null => new Dictionary<string, object?>(),
        IReadOnlyDictionary<string, object?> map => map,
        System.Collections.IDictionary dict => dict.Keys.Cast<object>().ToDictionary(
            k => k as string ?? throw new ArgumentException("Parameter names must be strings.", nameof(parameters)), k => dict[k]),
        _ when parameters.GetType().IsClass && parameters is not string && parameters is not System.Collections.IEnumerable =>
            parameters.GetType().GetProperties().Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
                .ToDictionary(p => p.Name, p => p.GetValue(parameters)),
        _ => throw new ArgumentException("Parameters are a string-keyed dictionary or an object whose properties are the parameters.", nameof(parameters)),
    };
}
