namespace ActorGraph.Bolt;

/// <summary>Settings of a bookmark manager: the bookmarks it starts with.</summary>
public sealed record BookmarkManagerConfig(IEnumerable<string>? InitialBookmarks = null);
