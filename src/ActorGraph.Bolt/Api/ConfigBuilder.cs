using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Bolt;

/// <summary>Fluent settings, as in the official driver: <c>o =&gt; o.WithMaxConnectionPoolSize(10)</c>.</summary>
public sealed class ConfigBuilder
{
    private Config _config = new();

    public ConfigBuilder WithMaxConnectionPoolSize(int size) =>
        Set(_config with { MaxConnectionPoolSize = size > 0 ? size : throw new ArgumentOutOfRangeException(nameof(size)) });

    public ConfigBuilder WithConnectionAcquisitionTimeout(TimeSpan timeout) => Set(_config with { ConnectionAcquisitionTimeout = Positive(timeout) });

    public ConfigBuilder WithConnectionTimeout(TimeSpan timeout) => Set(_config with { ConnectionTimeout = Positive(timeout) });

    /// <summary>See <see cref="Config.ReadTimeout"/>.</summary>
    public ConfigBuilder WithReadTimeout(TimeSpan timeout) => Set(_config with { ReadTimeout = Positive(timeout) });

    public ConfigBuilder WithMaxConnectionLifetime(TimeSpan lifetime) => Set(_config with { MaxConnectionLifetime = Positive(lifetime) });

    /// <summary>See <see cref="Config.ConnectionLivenessCheckTimeout"/>; null turns the check off.</summary>
    public ConfigBuilder WithConnectionLivenessCheckTimeout(TimeSpan? timeout) =>
        Set(_config with { ConnectionLivenessCheckTimeout = timeout is null ? null : timeout >= TimeSpan.Zero ? timeout : throw new ArgumentOutOfRangeException(nameof(timeout)) });

    public ConfigBuilder WithSocketKeepAliveEnabled(bool enabled) => Set(_config with { SocketKeepAlive = enabled });

    public ConfigBuilder WithMaxTransactionRetryTime(TimeSpan time) =>
        Set(_config with { MaxTransactionRetryTime = time >= TimeSpan.Zero ? time : throw new ArgumentOutOfRangeException(nameof(time)) });

    public ConfigBuilder WithTransactionRetryInitialDelay(TimeSpan delay) =>
        Set(_config with { TransactionRetryInitialDelay = delay >= TimeSpan.Zero ? delay : throw new ArgumentOutOfRangeException(nameof(delay)) });

    public ConfigBuilder WithFetchSize(long size) =>
        Set(_config with { FetchSize = size is > 0 or -1 ? size : throw new ArgumentOutOfRangeException(nameof(size), "Fetch size is positive, or -1 for all.") });

    public ConfigBuilder WithUserAgent(string userAgent) => Set(_config with { UserAgent = userAgent });

    public ConfigBuilder WithMaxMessageSize(int bytes) =>
        Set(_config with { MaxMessageSize = bytes >= 1024 ? bytes : throw new ArgumentOutOfRangeException(nameof(bytes)) });

    /// <summary>Only notifications of at least this severity, none of these categories (Bolt 5.2+).</summary>
    public ConfigBuilder WithNotifications(Severity? minimumSeverity, params Category[] disabledCategories) =>
        Set(_config with { Notifications = new NotificationsConfig(minimumSeverity, disabledCategories) });

    /// <summary>No notifications at all (Bolt 5.2+).</summary>
    public ConfigBuilder WithNotificationsDisabled() => Set(_config with { Notifications = NotificationsConfig.Disabled });

    /// <summary>How +s schemes verify the server: <see cref="TrustManager.CreateCertTrust"/> for a private CA.</summary>
    public ConfigBuilder WithTrustManager(TrustManager trustManager) => Set(_config with { TrustManager = trustManager });

    /// <summary>A client certificate (with private key) for servers that require mutual TLS.</summary>
    public ConfigBuilder WithClientCertificate(X509Certificate2 certificate) => Set(_config with { ClientCertificate = certificate });

    public ConfigBuilder WithLogger(ILogger logger) => Set(_config with { Logger = logger });

    internal Config Build() => _config;

    private ConfigBuilder Set(Config config)
    {
        _config = config;
        return this;
    }

    private static TimeSpan Positive(TimeSpan t) => t > TimeSpan.Zero ? t : throw new ArgumentOutOfRangeException(nameof(t));
}
