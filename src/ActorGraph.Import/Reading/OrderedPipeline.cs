namespace ActorGraph.Import.Reading;

/// <summary>Runs the work on items in parallel and consumes the results on the calling thread in input
/// order, with a bounded number in flight: parsing spreads over the cores while aggregation stays
/// sequential and deterministic.</summary>
internal static class OrderedPipeline
{
    /// <summary>Feeds <paramref name="next"/>'s items (until null) through <paramref name="work"/> on the thread
    /// pool and <paramref name="consume"/> on this thread, in order. <paramref name="abandon"/> gets the results
    /// that were not consumed when an exception stops the run.</summary>
    public static void Run<TIn, TOut>(Func<TIn?> next, Func<TIn, TOut> work, Action<TOut> consume, Action<TOut> abandon, CancellationToken cancellationToken)
        where TIn : class
    {
        if (!ImportThreads.Concurrent)
        {
            // One thread: each item worked and consumed in turn.
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var item = next();
                if (item is null) return;
                var result = work(item);
                consume(result);
            }
        }
        var maxInFlight = (2 * Environment.ProcessorCount) + 2;
        var pending = new Queue<Task<TOut>>();
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var item = next();
                if (item is null) break;
                pending.Enqueue(Task.Run(() => work(item), CancellationToken.None));
                while (pending.Count >= maxInFlight) consume(pending.Dequeue().GetAwaiter().GetResult());
            }
            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                consume(pending.Dequeue().GetAwaiter().GetResult());
            }
        }
        finally
        {
            // Stopped by an error or cancellation: let the running work finish, so no buffer is still in use.
            while (pending.TryDequeue(out var task))
            {
                try
                {
                    abandon(task.GetAwaiter().GetResult());
                }
                catch (Exception)
                {
                    // The first error already propagates; later ones add nothing.
                }
            }
        }
    }
}
