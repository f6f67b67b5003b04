using System.Globalization;
using ActorGraph.Bolt.Protocol;

namespace ActorGraph.Bolt;

/// <summary>host:port of one server.</summary>
internal readonly record struct ServerAddress(string Host, int Port)
{
    public static ServerAddress Parse(string text)
    {
        // "host:port", "[::1]:7687", or "host" (default port).
        var colon = text.LastIndexOf(':');
        if (colon > 0 && !text.EndsWith(']') && int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port))
            return new ServerAddress(text[..colon].Trim('[', ']'), port);
        return new ServerAddress(text.Trim('[', ']'), BoltProtocol.DefaultPort);
    }

    public override string ToString() =>
        Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";
}
