namespace ActorGraph.Service.Security;

/// <summary>Refuses state-changing requests (anything but the safe methods of RFC 9110 §9.2.1: GET, HEAD,
/// OPTIONS, TRACE; routing refuses TRACE with 405) that a page on another site
/// could send: a cross-site <c>Sec-Fetch-Site</c>, a foreign <c>Origin</c>, no
/// <see cref="HttpSecurityOptions.ClientHeader"/> header (a form or a simple fetch cannot add one without
/// a preflight, which is never granted), or a body that is not JSON (form encodings and text/plain are
/// what a page can send without a preflight).</summary>
public sealed class CrossSiteRequestGuard(RequestDelegate next, ILogger<CrossSiteRequestGuard> logger)
{
    /// <summary>Runs the checks.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)
            || HttpMethods.IsTrace(request.Method)) return next(context);
        if (Refusal(request) is not { } reason) return next(context);
        logger.CrossSiteRefused(request.Method, request.Path.Value ?? "", reason.Title);
        return SecurityProblem.WriteAsync(context, reason.Status, reason.Title, reason.Detail);
    }

    private static (int Status, string Title, string Detail)? Refusal(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
        {
            return (StatusCodes.Status403Forbidden, "Cross-site request refused", $"a {site} page may not change this service's state");
        }
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase))
        {
            return (StatusCodes.Status403Forbidden, "Cross-origin request refused", "a page from another origin may not change this service's state");
        }
        if (string.IsNullOrWhiteSpace(request.Headers[HttpSecurityOptions.ClientHeader]))
        {
            return (StatusCodes.Status403Forbidden, "Client header required",
                $"add the header '{HttpSecurityOptions.ClientHeader}' (any value) to requests that change state, e.g. curl -X POST -H '{HttpSecurityOptions.ClientHeader}: cli'");
        }
        var hasBody = request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0;
        if (hasBody && !IsJson(request.ContentType))
        {
            return (StatusCodes.Status415UnsupportedMediaType, "JSON only", "a request body must be application/json");
        }
        return null;
    }

    private static bool IsJson(string? contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.MediaType.Value is { } type
        && (type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
}
