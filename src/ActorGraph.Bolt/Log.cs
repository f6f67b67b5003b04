using Microsoft.Extensions.Logging;

namespace ActorGraph.Bolt;

/// <summary>Source-generated log messages of the Bolt client. None of them carries credentials.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Debug, "Connected to {Address} with Bolt {Version} ({Agent}, connection {ConnectionId})")]
    public static partial void Connected(ILogger logger, string address, string version, string agent, string? connectionId);

    [LoggerMessage(2, LogLevel.Debug, "Discarding a connection to {Address}: {Reason}")]
    public static partial void ConnectionDiscarded(ILogger logger, string address, string reason);

    [LoggerMessage(3, LogLevel.Information, "Routing table for database '{Database}': {Routers} routers, {Readers} readers, {Writers} writers, ttl {Ttl} s")]
    public static partial void RoutingTableRefreshed(ILogger logger, string database, int routers, int readers, int writers, long ttl);

    [LoggerMessage(4, LogLevel.Warning, "Forgetting {Address} for database '{Database}': {Reason}")]
    public static partial void ServerForgotten(ILogger logger, string address, string database, string reason);

    [LoggerMessage(5, LogLevel.Warning, "Transaction attempt {Attempt} failed ({Code}); retrying in {DelayMs} ms")]
    public static partial void RetryingTransaction(ILogger logger, int attempt, string code, long delayMs);

    [LoggerMessage(6, LogLevel.Warning, "Routing table fetch from {Address} failed: {Reason}")]
    public static partial void RouterFailed(ILogger logger, string address, string reason);
}
