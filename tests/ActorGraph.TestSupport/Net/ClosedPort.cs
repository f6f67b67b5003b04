using System.Net;
using System.Net.Sockets;

namespace ActorGraph.TestSupport;

/// <summary>A loopback port where a connection is refused at once, reserved for as long as this object lives: the
/// socket is bound but never listens. A port found free and then released could be taken by another test running in
/// parallel (a scripted server on port 0 may get it), which would then accept the connection meant to be refused.</summary>
public sealed class ClosedPort : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

    public ClosedPort()
    {
        _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        Port = ((IPEndPoint)_socket.LocalEndPoint!).Port;
    }

    public int Port { get; }

    /// <summary>host:port as a client writes it.</summary>
    public string Address => $"127.0.0.1:{Port}";

    public void Dispose() => _socket.Dispose();
}
