namespace ActorGraph.Bolt.Internal;

/// <summary>A thread-safe set of bookmarks: an update removes the bookmarks a transaction started from and adds
/// the one it produced, so the set stays small (one bookmark per causal line).</summary>
internal sealed class BookmarkManager(IEnumerable<string> initial) : IBookmarkManager
{
    private readonly HashSet<string> _bookmarks = new(initial, StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public Task<string[]> GetBookmarksAsync()
    {
        lock (_lock) return Task.FromResult(_bookmarks.ToArray());
    }

    public Task UpdateBookmarksAsync(string[] previousBookmarks, string[] newBookmarks)
    {
        lock (_lock)
        {
            if (newBookmarks.Length == 0) return Task.CompletedTask;
            _bookmarks.ExceptWith(previousBookmarks);
            _bookmarks.UnionWith(newBookmarks);
        }
        return Task.CompletedTask;
    }
}
