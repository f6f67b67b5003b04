using ActorGraph.Hosting.Options;
using Microsoft.Extensions.Options;

namespace ActorGraph.Service.Security;

/// <summary>Enforces <see cref="LimitsOptions.MaxRequestBodyBytes"/> on every request, whether or not an
/// endpoint reads its body: a declared <c>Content-Length</c> over the limit is refused before a byte is
/// read (413), and a chunked body is read and counted up to the limit. Kestrel's own limit applies only
/// when an endpoint reads the body, and this API's endpoints take none.</summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<LimitsOptions> limits)
{
    /// <summary>Runs the check.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var max = limits.Value.MaxRequestBodyBytes;
        var request = context.Request;
        if (request.ContentLength > max)
        {
            await TooLargeAsync(context, max, $"the request declares {request.ContentLength:N0} bytes").ConfigureAwait(false);
            return;
        }
        if (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0)
        {
            // A chunked body: buffer it (at most the limit) so that an endpoint may still read it.
            var buffer = new MemoryStream();
            var chunk = new byte[4096];
            int n;
            while ((n = await request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + n > max)
                {
                    await TooLargeAsync(context, max, "the request body").ConfigureAwait(false);
                    return;
                }
                buffer.Write(chunk, 0, n);
            }
            buffer.Position = 0;
            request.Body = buffer;
        }
        await next(context).ConfigureAwait(false);
    }

    private static Task TooLargeAsync(HttpContext context, int max, string what)
    {
        // The rest of the body is not read: the connection is closed after this answer.
        context.Response.Headers.Connection = "close";
        return SecurityProblem.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Request body too large",
            $"{what} is over the limit of {max:N0} bytes (ActorGraph:Limits:MaxRequestBodyBytes)");
    }
}
