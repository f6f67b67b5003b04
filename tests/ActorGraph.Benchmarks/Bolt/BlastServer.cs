using System.Net;
using System.Net.Sockets;
using ActorGraph.Bolt.IO;

namespace ActorGraph.Benchmarks.Bolt;

/// <summary>A minimal loopback Bolt 5.4 server for the benchmark: answers the handshake, HELLO and LOGON, then
/// answers one RUN + PULL with pre-encoded RECORD messages (re-chunked) and a final SUCCESS. Nothing else.</summary>
internal sealed class BlastServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Task _serve;
    private readonly byte[] _reply;

    public BlastServer(byte[] records)
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        // RUN's SUCCESS, then every record framed as its own message, then the summary.
        var chunks = new ChunkWriter();
        var w = new PackStreamWriter();
        Success(w, chunks, new Dictionary<string, object?> { ["fields"] = new List<object?> { "id", "name", "score", "active", "since" } });
        var reader = new PackStreamReader(records);
        var start = 0;
        while (reader.Remaining > 0)
        {
            reader.ReadValue(); // walks one RECORD structure
            var end = records.Length - reader.Remaining;
            chunks.WriteMessage(records.AsSpan(start, end - start));
            start = end;
        }
        Success(w, chunks, new Dictionary<string, object?> { ["type"] = "r" });
        _reply = chunks.Pending.ToArray();
        _serve = ServeAsync();
    }

    public int Port { get; }

    private static void Success(PackStreamWriter w, ChunkWriter chunks, Dictionary<string, object?> metadata)
    {
        w.Clear();
        w.WriteStructHeader(1, 0x70);
        w.WriteMap(metadata);
        chunks.WriteMessage(w.Written);
    }

    private async Task ServeAsync()
    {
        using var client = await _listener.AcceptTcpClientAsync();
        var stream = client.GetStream();
        var reader = new ChunkReader(stream);
        await reader.ReadRawAsync(new byte[20]);
        await stream.WriteAsync(new byte[] { 0, 0, 4, 5 });
        var ok = new ChunkWriter();
        var w = new PackStreamWriter();
        Success(w, ok, new Dictionary<string, object?> { ["server"] = "Neo4j/5.20.0", ["connection_id"] = "bench" });
        Success(w, ok, []);
        await reader.ReadMessageAsync(); // HELLO
        await reader.ReadMessageAsync(); // LOGON
        await ok.FlushAsync(stream);
        await reader.ReadMessageAsync(); // RUN
        await reader.ReadMessageAsync(); // PULL
        await stream.WriteAsync(_reply);
        try
        {
            while (true) await reader.ReadMessageAsync(); // GOODBYE, then the close
        }
        catch (Exception e) when (e is EndOfStreamException or IOException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        try
        {
            await _serve;
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
        }
    }
}
