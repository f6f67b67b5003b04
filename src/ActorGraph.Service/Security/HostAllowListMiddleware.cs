using Microsoft.Extensions.Options;

namespace ActorGraph.Service.Security;

/// <summary>Answers only requests whose <c>Host</c> header names an allowed host (400 otherwise). A DNS
/// rebinding page (evil.example re-pointed at 127.0.0.1) sends <c>Host: evil.example</c>, so the user's
/// browser cannot read the API on its behalf.</summary>
public sealed class HostAllowListMiddleware(RequestDelegate next, IOptions<HttpSecurityOptions> options, ILogger<HostAllowListMiddleware> logger)
{
    private readonly IReadOnlySet<string> _hosts = options.Value.HostNames();

    /// <summary>Runs the check.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var host = context.Request.Host;
        if (_hosts.Count == 0 || (host.HasValue && _hosts.Contains(host.Host.ToLowerInvariant()))) return next(context);
        logger.HostRefused(host.Host);
        return SecurityProblem.WriteAsync(context, StatusCodes.Status400BadRequest, "Host not allowed",
            "this service answers only to the host names in ActorGraph:Http:AllowedHosts (loopback names by default)");
    }
}
