using Microsoft.Net.Http.Headers;

namespace ActorGraph.Service.Web;

/// <summary>Serves the page at <c>/</c> and its bundle under <c>/assets/</c>.</summary>
public static class WebPageEndpoints
{
    // Only this service's own files: the page can load nothing from anywhere else.
    private const string ContentSecurityPolicy =
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>Maps the page.</summary>
    public static IEndpointRouteBuilder MapWebPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext context, WebAssets assets) => Serve(context, assets, "index.html")).ExcludeFromDescription();
        app.MapGet("/assets/{name}", (HttpContext context, WebAssets assets, string name) => Serve(context, assets, name)).ExcludeFromDescription();
        return app;
    }

    private static IResult Serve(HttpContext context, WebAssets assets, string name)
    {
        if (assets.Find(name) is not { } asset) return TypedResults.NotFound();
        var headers = context.Response.Headers;
        headers[HeaderNames.ETag] = asset.ETag;
        headers[HeaderNames.CacheControl] = "no-cache";
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
        if (context.Request.Headers.IfNoneMatch.Contains(asset.ETag)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.Bytes(asset.Content, asset.ContentType);
    }
}
