namespace ActorGraph.Service.Security;

/// <summary>Log messages of the security middleware (source-generated).</summary>
internal static partial class SecurityLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Refused a request for host '{Host}': not in ActorGraph:Http:AllowedHosts")]
    public static partial void HostRefused(this ILogger logger, string host);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Refused {Method} {Path}: {Reason}")]
    public static partial void CrossSiteRefused(this ILogger logger, string method, string path, string reason);
}
