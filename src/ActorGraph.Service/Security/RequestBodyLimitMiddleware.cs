using ActorGraph.Hosting.Options;
using ActorGraph.Service.Reading;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace ActorGraph.Service.Security;

/// <summary>Enforces <see cref="LimitsOptions.MaxRequestBodyBytes"/> on every request, whether or not an
/// endpoint reads its body (the report endpoints under <c>/api/read</c> take <see cref="ReviewOptions.MaxBodyBytes"/>
/// instead): a declared <c>Content-Length</c> over the limit is refused before a byte is
/// read (413), and a chunked body is read and counted up to the limit. Kestrel's own limit applies only
/// when an endpoint reads the body, and this API's endpoints take none.</summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<LimitsOptions> limits, IOptions<ReviewOptions> review)
{
    /// <summary>Runs the check.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var reading = request.Path.StartsWithSegments(ReviewOptions.PathPrefix, StringComparison.OrdinalIgnoreCase);
        var max = reading ? review.Value.MaxBodyBytes : limits.Value.MaxRequestBodyBytes;
        var setting = reading ? "ActorGraph:Review:MaxBodyBytes" : "ActorGraph:Limits:MaxRequestBodyBytes";
        if (reading && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = max;
        if (request.ContentLength > max)
        {
            await TooLargeAsync(context, max, setting, $"the request declares {request.ContentLength:N0} bytes").ConfigureAwait(false);
            return;
        }
        if (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0)
        {
            // A chunked body: buffer it (at most the limit) so that an endpoint may still read it.
            var buffer = new MemoryStream();
            var chunk = new byte[4096];
            while (await ReadAsync(request, chunk, context.RequestAborted).ConfigureAwait(false) is var n and not 0)
            {
                if (n < 0 || buffer.Length + n > max)
                {
                    await TooLargeAsync(context, max, setting, "the request body").ConfigureAwait(false);
                    return;
                }
                buffer.Write(chunk, 0, n);
            }
            buffer.Position = 0;
            request.Body = buffer;
        }
        await next(context).ConfigureAwait(false);
    }

    /// <summary>Reads the next part of the body; -1 when Kestrel refuses it as over the limit (Kestrel enforces
    /// the same limit and throws a 413 on the read that would cross it, before this middleware can count).</summary>
    private static async ValueTask<int> ReadAsync(HttpRequest request, byte[] chunk, CancellationToken cancellationToken)
    {
        try
        {
            return await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return -1;
        }
    }

    private static Task TooLargeAsync(HttpContext context, int max, string setting, string what)
    {
        // The rest of the body is not read: the connection is closed after this answer.
        context.Response.Headers.Connection = "close";
        return SecurityProblem.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Request body too large",
            $"{what} is over the limit of {max:N0} bytes ({setting})");
    }
}
