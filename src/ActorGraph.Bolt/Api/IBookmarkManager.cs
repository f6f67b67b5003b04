namespace ActorGraph.Bolt;

/// <summary>Keeps bookmarks across sessions, as the official driver's: a session configured with it sends the
/// manager's bookmarks with each transaction and hands it the new bookmark after each commit, so that sessions
/// (and <see cref="IDriver.ExecutableQuery"/> calls) see each other's writes.</summary>
public interface IBookmarkManager
{
    Task<string[]> GetBookmarksAsync();

    /// <summary>Replaces <paramref name="previousBookmarks"/> (those the transaction started from) by <paramref name="newBookmarks"/>.</summary>
    Task UpdateBookmarksAsync(string[] previousBookmarks, string[] newBookmarks);
}
