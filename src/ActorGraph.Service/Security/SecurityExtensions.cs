using ActorGraph.Hosting.Options;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace ActorGraph.Service.Security;

/// <summary>Registers and orders the service's defences against hostile clients and web pages (see the
/// security section of docs/service.md).</summary>
public static class SecurityExtensions
{
    /// <summary>Options (<c>ActorGraph:Http</c>), Kestrel's request limits, the path redactor.</summary>
    public static IServiceCollection AddServiceSecurity(this IServiceCollection services)
    {
        services.AddOptions<HttpSecurityOptions>().BindConfiguration(HttpSecurityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<LimitsOptions>, IOptions<HttpSecurityOptions>>((kestrel, limits, http) =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = limits.Value.MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestLineSize = limits.Value.MaxQueryStringBytes + 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = http.Value.MaxRequestHeadersBytes;
            kestrel.Limits.MaxRequestHeaderCount = http.Value.MaxRequestHeaderCount;
        });
        services.AddSingleton<SeedPathRedactor>();
        return services;
    }

    /// <summary>The checks, in order: the Host header, the body size, cross-site state changes, then HEAD
    /// routed as GET. Call before routing.</summary>
    public static IApplicationBuilder UseServiceSecurity(this IApplicationBuilder app)
    {
        app.UseMiddleware<HostAllowListMiddleware>();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseMiddleware<CrossSiteRequestGuard>();
        app.UseMiddleware<HeadRequestMiddleware>();
        return app;
    }
}
