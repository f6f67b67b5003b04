using System.Net.Security;
using System.Net.Sockets;
using ActorGraph.Bolt.IO;
using ActorGraph.Bolt.Messages;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Bolt;

internal sealed record ServerInfo(string Address, string Agent, string ProtocolVersion) : IServerInfo;
