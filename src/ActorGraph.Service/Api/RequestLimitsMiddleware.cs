using ActorGraph.Hosting.Options;
using Microsoft.Extensions.Options;

namespace ActorGraph.Service.Api;

/// <summary>Rejects over-long query strings with a 414 problem before any endpoint parses them.
/// (Kestrel bounds the request line and body; this gives the client a readable answer.)</summary>
public sealed class RequestLimitsMiddleware(RequestDelegate next, IOptions<LimitsOptions> limits, IProblemDetailsService problems)
{
    /// <summary>Runs the check.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var max = limits.Value.MaxQueryStringBytes;
        if (context.Request.QueryString.Value is { } query && query.Length > max)
        {
            context.Response.StatusCode = StatusCodes.Status414UriTooLong;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status414UriTooLong,
                    Title = "Query string too long",
                    Detail = $"the query string has {query.Length} characters; the limit is {max}",
                },
            }).ConfigureAwait(false);
            return;
        }
        await next(context).ConfigureAwait(false);
    }
}
