using System.Security.Cryptography.X509Certificates;
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

    /// <summary>How long a read may get nothing from the server (not even a NOOP) before the connection is given up
    /// with <see cref="ConnectionReadTimeoutException"/>. The server's <c>connection.recv_timeout_seconds</c> hint
    /// shortens it. Default 120 s: Neo4j sends NOOPs at least once a minute while a query runs.</summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Connections older than this are closed instead of reused. Default 1 h.</summary>
    public TimeSpan MaxConnectionLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>A pooled connection idle for longer than this is tested with a RESET round trip before it is handed
    /// out; null disables the test. Default 5 min.</summary>
    public TimeSpan? ConnectionLivenessCheckTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>TCP keep-alive on every socket, so that a connection silently dropped by a firewall is noticed. Default on.</summary>
    public bool SocketKeepAlive { get; init; } = true;

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

    /// <summary>Which notifications the server should send (Bolt 5.2+); null leaves it to the server.</summary>
    public NotificationsConfig? Notifications { get; init; }

    /// <summary>How +s schemes check the server certificate. Default: the system's trusted roots.</summary>
    public TrustManager TrustManager { get; init; } = TrustManager.CreateChainTrust();

    /// <summary>A certificate (with its private key) presented to servers that ask for one (mutual TLS).</summary>
    public X509Certificate2? ClientCertificate { get; init; }

    public ILogger Logger { get; init; } = NullLogger.Instance;
}
