namespace ActorGraph.Bolt;

/// <summary>Makes bookmark managers: <c>GraphDatabase.BookmarkManagerFactory.NewBookmarkManager()</c>.</summary>
public sealed class BookmarkManagerFactory
{
    internal BookmarkManagerFactory()
    {
    }

    public IBookmarkManager NewBookmarkManager(BookmarkManagerConfig? config = null) =>
        new Internal.BookmarkManager(config?.InitialBookmarks ?? []);
}
