using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ActorGraph.Benchmarks.Neo4j;

/// <summary>A loopback Bolt 5.0 server that accepts every request and answers SUCCESS (and one RECORD [0] for the
/// store's stale-removal queries), so a load can be timed without Neo4j: it measures ActorGraph's side only
/// (planning, PackStream encoding, chunking, the socket), never Neo4j's MERGE work.</summary>
public sealed class BoltSink : IAsyncDisposable
{
    private static readonly byte[] Removed = Encoding.ASCII.GetBytes("loadRun <> $run");
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accept;

    public BoltSink()
    {
        _listener.Start();
        Uri = $"bolt://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
        _accept = AcceptAsync();
    }

    public string Uri { get; }

    /// <summary>Bytes of client messages received (de-chunked).</summary>
    public long BytesReceived => Interlocked.Read(ref _bytes);

    private long _bytes;

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                _ = ServeAsync(client);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        client.NoDelay = true;
        using (client)
        await using (var stream = new SplitStream(client.GetStream()))
        {
            try
            {
                var handshake = new byte[20];
                await stream.ReadExactlyAsync(handshake, _stop.Token);
                await stream.WriteAsync(new byte[] { 0, 0, 0, 5 }, _stop.Token);
                await stream.FlushAsync(_stop.Token);
                var message = new MemoryStream();
                var header = new byte[2];
                var pendingRecord = false;
                while (true)
                {
                    message.SetLength(0);
                    while (true)
                    {
                        await stream.ReadExactlyAsync(header, _stop.Token);
                        var size = (header[0] << 8) | header[1];
                        if (size == 0)
                        {
                            if (message.Length == 0) continue; // NOOP
                            break;
                        }
                        var chunk = new byte[size];
                        await stream.ReadExactlyAsync(chunk, _stop.Token);
                        message.Write(chunk);
                    }
                    var bytes = message.ToArray();
                    Interlocked.Add(ref _bytes, bytes.Length);
                    switch (bytes[1])
                    {
                        case 0x02: return; // GOODBYE
                        case 0x01: await SendAsync(stream, Success("server", "Neo4j/5.26.0", "connection_id", "sink")); break;
                        case 0x10:
                            pendingRecord = bytes.AsSpan().IndexOf(Removed) >= 0;
                            await SendAsync(stream, pendingRecord ? Success("fields", new[] { "removed" }) : Success("fields", Array.Empty<string>()));
                            break;
                        case 0x3F:
                            if (pendingRecord) await SendAsync(stream, [0xB1, 0x71, 0x91, 0x00]); // RECORD [0]
                            pendingRecord = false;
                            await SendAsync(stream, Success());
                            break;
                        case 0x12: await SendAsync(stream, Success("bookmark", "FB:sink")); break;
                        default: await SendAsync(stream, Success()); break; // BEGIN, DISCARD, ROLLBACK, RESET
                    }
                    await stream.FlushAsync(_stop.Token);
                }
            }
            catch (Exception e) when (e is EndOfStreamException or IOException or OperationCanceledException or ObjectDisposedException)
            {
            }
            catch (Exception e)
            {
                await Console.Error.WriteLineAsync($"sink: {e}");
            }
        }
    }

    private static byte[] Success(params object[] pairs)
    {
        var b = new List<byte> { 0xB1, 0x70, (byte)(0xA0 + pairs.Length / 2) };
        foreach (var value in pairs)
        {
            switch (value)
            {
                case string s:
                    b.Add((byte)(0x80 + s.Length));
                    b.AddRange(Encoding.ASCII.GetBytes(s));
                    break;
                case string[] list:
                    b.Add((byte)(0x90 + list.Length));
                    foreach (var s in list)
                    {
                        b.Add((byte)(0x80 + s.Length));
                        b.AddRange(Encoding.ASCII.GetBytes(s));
                    }
                    break;
            }
        }
        return [.. b];
    }

    private static async Task SendAsync(Stream stream, byte[] message)
    {
        await stream.WriteAsync((byte[])[(byte)(message.Length >> 8), (byte)message.Length, .. message, 0, 0]);
    }

    /// <summary>Buffered reads, direct writes (a BufferedStream cannot interleave them on a socket).</summary>
    private sealed class SplitStream(NetworkStream network) : Stream
    {
        private readonly BufferedStream _reader = new(network, 1 << 16);

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => network.Flush();
        public override Task FlushAsync(CancellationToken cancellationToken) => network.FlushAsync(cancellationToken);
        public override int Read(byte[] buffer, int offset, int count) => _reader.Read(buffer, offset, count);
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => _reader.ReadAsync(buffer, cancellationToken);
        public override void Write(byte[] buffer, int offset, int count) => network.Write(buffer, offset, count);
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => network.WriteAsync(buffer, cancellationToken);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accept;
        _stop.Dispose();
    }
}
