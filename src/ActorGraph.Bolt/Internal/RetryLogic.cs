using System.Diagnostics;

namespace ActorGraph.Bolt.Internal;

/// <summary>Managed-transaction retries: retriable errors (transient, routing, lost connection) are retried
/// after a delay that starts at <see cref="Config.TransactionRetryInitialDelay"/>, doubles each time and varies
/// ±20 % (jitter, so that clients that failed together do not retry together), until
/// <see cref="Config.MaxTransactionRetryTime"/> has passed; then the last error is raised. When the server could not
/// be reached at all, the raised error says how many attempts were made over how long.</summary>
internal static class RetryLogic
{
    private const double Jitter = 0.2;

    public static async Task<T> RunAsync<T>(Config config, Func<Task<T>> work, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var delay = config.TransactionRetryInitialDelay;
        for (var attempt = 1; ; attempt++)
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                return await work();
            }
            catch (Neo4jException e) when (e.IsRetriable && clock.Elapsed < config.MaxTransactionRetryTime)
            {
                var jittered = delay * (1 + Jitter * (2 * Random.Shared.NextDouble() - 1));
                var left = config.MaxTransactionRetryTime - clock.Elapsed;
                if (jittered > left) jittered = left > TimeSpan.Zero ? left : TimeSpan.Zero;
                Log.RetryingTransaction(config.Logger, attempt, e.Code ?? e.GetType().Name, (long)jittered.TotalMilliseconds);
                await Task.Delay(jittered, ct);
                delay *= 2;
            }
            catch (ServiceUnavailableException e) when (attempt > 1 && e is not ConnectionReadTimeoutException)
            {
                throw new ServiceUnavailableException(
                    $"{e.Message} (gave up after {attempt} attempts over {clock.Elapsed.TotalSeconds:0.#} s; " +
                    $"retry budget {config.MaxTransactionRetryTime.TotalSeconds:0.#} s)", e);
            }
        }
    }
}
