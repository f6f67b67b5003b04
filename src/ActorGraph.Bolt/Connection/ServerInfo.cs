namespace ActorGraph.Bolt;

internal sealed record ServerInfo(string Address, string Agent, string ProtocolVersion) : IServerInfo;
