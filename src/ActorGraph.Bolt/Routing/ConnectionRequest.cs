namespace ActorGraph.Bolt;

/// <summary>What a session asks of the connection provider: the access mode, the database (null: the home
/// database), the impersonated user (routing tables are kept per database and impersonated user), the bookmarks
/// for routing, and the credentials the connection must be logged on with.</summary>
internal sealed record ConnectionRequest(AccessMode Mode, string? Database, string? ImpersonatedUser, Bookmarks Bookmarks, AuthToken Auth);
