using ActorGraph.Bolt.Messages;

namespace ActorGraph.Bolt.Internal;

/// <summary>Told when a result ends: the session (auto-commit) or the transaction that ran it.</summary>
internal interface IResultOwner
{
    /// <summary>The result's final SUCCESS arrived.</summary>
    Task OnResultCompletedAsync(SuccessMessage summary);

    /// <summary>The result failed (FAILURE or a lost connection); returns the exception to raise.</summary>
    Task<Neo4jException> OnResultFailedAsync(Neo4jException error);
}
