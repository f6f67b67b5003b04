using System.Collections.Frozen;
using System.Security.Cryptography;

namespace ActorGraph.Service.Web;

/// <summary>The web page's files (index.html and the esbuild bundle), embedded in this assembly by the
/// build and held in memory: the page works offline, wherever the service runs from.</summary>
public sealed class WebAssets
{
    /// <summary>One file: its bytes, content type and entity tag.</summary>
    public sealed record Asset(ReadOnlyMemory<byte> Content, string ContentType, string ETag);

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
    }.ToFrozenDictionary();

    private readonly FrozenDictionary<string, Asset> _assets;

    /// <summary>Reads every embedded <c>web/*</c> resource.</summary>
    public WebAssets()
    {
        var assembly = typeof(WebAssets).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("web/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            var name = resource["web/".Length..];
            var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 12)) + "\"";
            assets[name] = new Asset(bytes, ContentTypes.GetValueOrDefault(Path.GetExtension(name), "application/octet-stream"), etag);
        }
        _assets = assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The file with this name (e.g. <c>app.js</c>), or null.</summary>
    public Asset? Find(string name) => _assets.GetValueOrDefault(name);
}
