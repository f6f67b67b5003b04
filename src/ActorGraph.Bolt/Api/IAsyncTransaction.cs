namespace ActorGraph.Bolt;

/// <summary>An explicit transaction.</summary>
public interface IAsyncTransaction : IAsyncQueryRunner
{
    Task CommitAsync(CancellationToken cancellationToken = default);

    Task RollbackAsync(CancellationToken cancellationToken = default);
}
