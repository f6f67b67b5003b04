namespace ActorGraph.Bolt;

/// <summary>Settings of an executable query, as in the official driver: routing (writers or readers), the
/// database (null: home), the impersonated user, and the bookmark manager (the driver's by default; none when
/// <paramref name="enableBookmarkManager"/> is false).</summary>
public sealed class QueryConfig(RoutingControl routing = RoutingControl.Writers, string? database = null, string? impersonatedUser = null,
    IBookmarkManager? bookmarkManager = null, bool enableBookmarkManager = true)
{
    public RoutingControl Routing { get; } = routing;
    public string? Database { get; } = database;
    public string? ImpersonatedUser { get; } = impersonatedUser;
    public IBookmarkManager? BookmarkManager { get; } = bookmarkManager;
    public bool EnableBookmarkManager { get; } = enableBookmarkManager;
}
