using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorGraph.Bolt;

/// <summary>Driver settings (immutable); build with <see cref="ConfigBuilder"/>.</summary>
public sealed record Config
{
    /// <summary>Connections per server address, in use or idle. Default 100.</summary>
    public int MaxConnectionPoolSize { get; init; } = 100;

    /// <summary>How long a session waits for a pooled connection before failing. Default 60 s.</summary>
    public TimeSpan ConnectionAcquisitionTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long opening a TCP connection (and TLS, handshake, HELLO) may take. Default 30 s.</summary>
    public TimeSpan ConnectionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long managed transactions keep retrying transient errors. Default 30 s.</summary>
    public TimeSpan MaxTransactionRetryTime { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The first retry delay; each next one doubles, with ±20 % jitter. Default 1 s.</summary>
    public TimeSpan TransactionRetryInitialDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Records per PULL; -1 pulls everything at once. Default 1000.</summary>
    public long FetchSize { get; init; } = 1000;

    /// <summary>The HELLO user_agent. Default "actorgraph-bolt/1.0".</summary>
    public string UserAgent { get; init; } = "actorgraph-bolt/1.0";

    /// <summary>The largest server message accepted (a protection against a hostile or broken server). Default 64 MiB.</summary>
    public int MaxMessageSize { get; init; } = 64 * 1024 * 1024;

    public ILogger Logger { get; init; } = NullLogger.Instance;
}
