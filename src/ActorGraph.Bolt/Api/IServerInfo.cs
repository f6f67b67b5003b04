namespace ActorGraph.Bolt;

/// <summary>The server a result came from.</summary>
public interface IServerInfo
{
    /// <summary>host:port.</summary>
    string Address { get; }

    /// <summary>e.g. "Neo4j/5.26.0".</summary>
    string Agent { get; }

    /// <summary>The negotiated Bolt version, e.g. "5.8".</summary>
    string ProtocolVersion { get; }
}
