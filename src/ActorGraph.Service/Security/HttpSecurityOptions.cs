using System.ComponentModel.DataAnnotations;

namespace ActorGraph.Service.Security;

/// <summary>What the service accepts from browsers and clients (<c>ActorGraph:Http</c>); see the security
/// section of docs/service.md.</summary>
public sealed class HttpSecurityOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "ActorGraph:Http";

    /// <summary>The header a state-changing request must carry (any value): a web page on another site can
    /// only add it after a CORS preflight, which this service never grants.</summary>
    public const string ClientHeader = "X-ActorGraph-Client";

    /// <summary>The host names the <c>Host</c> header may give, separated by <c>;</c> (ports are not
    /// compared); <c>*</c> accepts any. Loopback names by default, which defeats DNS rebinding: a page
    /// whose name now points to 127.0.0.1 still sends its own name.</summary>
    [Required(ErrorMessage = "ActorGraph:Http:AllowedHosts is required: host names separated by ';' (e.g. localhost;127.0.0.1;[::1]), or * for any.")]
    public string AllowedHosts { get; set; } = "localhost;127.0.0.1;[::1]";

    /// <summary>The most bytes of request headers (all of them together).</summary>
    [Range(4_096, 1_048_576, ErrorMessage = "ActorGraph:Http:MaxRequestHeadersBytes must be between 4096 and 1048576.")]
    public int MaxRequestHeadersBytes { get; set; } = 32_768;

    /// <summary>The most request headers.</summary>
    [Range(16, 1_000, ErrorMessage = "ActorGraph:Http:MaxRequestHeaderCount must be between 16 and 1000.")]
    public int MaxRequestHeaderCount { get; set; } = 100;

    /// <summary>The allowed host names, lower case; empty when any host is allowed.</summary>
    public IReadOnlySet<string> HostNames() =>
        AllowedHosts.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is var names && names.Contains("*")
            ? new HashSet<string>()
            : names.Select(n => n.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
}
