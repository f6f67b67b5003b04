using ActorGraph.Bolt.Protocol;

namespace ActorGraph.Bolt;

/// <summary>A parsed driver URI: bolt, bolt+s, bolt+ssc (direct) or neo4j, neo4j+s, neo4j+ssc (routing).</summary>
internal sealed record BoltUri(bool Routing, TlsMode Tls, ServerAddress Address, IReadOnlyDictionary<string, object?> RoutingContext)
{
    public static BoltUri Parse(Uri uri)
    {
        var (routing, tls) = uri.Scheme.ToLowerInvariant() switch
        {
            "bolt" => (false, TlsMode.None),
            "bolt+s" => (false, TlsMode.Verify),
            "bolt+ssc" => (false, TlsMode.TrustAny),
            "neo4j" => (true, TlsMode.None),
            "neo4j+s" => (true, TlsMode.Verify),
            "neo4j+ssc" => (true, TlsMode.TrustAny),
            _ => throw new ArgumentException(
                $"Unsupported URI scheme '{uri.Scheme}': use bolt, bolt+s, bolt+ssc, neo4j, neo4j+s or neo4j+ssc.", nameof(uri)),
        };
        if (string.IsNullOrEmpty(uri.Host)) throw new ArgumentException($"The URI '{uri}' has no host.", nameof(uri));
        if (!string.IsNullOrEmpty(uri.UserInfo))
            throw new ArgumentException("Put credentials in the auth token, not in the URI.", nameof(uri));
        var address = new ServerAddress(uri.Host.Trim('[', ']'), uri.IsDefaultPort || uri.Port < 0 ? BoltProtocol.DefaultPort : uri.Port);
        // The routing context is {"address": host:port as given} plus the URI's query parameters [§5 HELLO].
        var context = new Dictionary<string, object?>(StringComparer.Ordinal) { ["address"] = address.ToString() };
        if (routing)
        {
            foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0) throw new ArgumentException($"The URI query part '{pair}' is not name=value.", nameof(uri));
                var key = Uri.UnescapeDataString(pair[..eq]);
                if (key == "address") throw new ArgumentException("The URI query may not set 'address'.", nameof(uri));
                context[key] = Uri.UnescapeDataString(pair[(eq + 1)..]);
            }
        }
        else if (!string.IsNullOrEmpty(uri.Query) && uri.Query != "?")
        {
            throw new ArgumentException("Only neo4j:// URIs take a routing query part.", nameof(uri));
        }
        return new BoltUri(routing, tls, address, context);
    }
}
