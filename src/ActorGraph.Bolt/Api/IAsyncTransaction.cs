namespace ActorGraph.Bolt;

/// <summary>An explicit transaction.</summary>
public interface IAsyncTransaction : IAsyncQueryRunner
{
    Task CommitAsync();

    Task RollbackAsync();
}
