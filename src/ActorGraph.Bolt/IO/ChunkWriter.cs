using ActorGraph.Bolt.Protocol;

namespace ActorGraph.Bolt.IO;

/// <summary>
/// Frames messages into chunks [§2]: a message longer than the chunk limit (65,535 bytes, the u16
/// maximum) is split at arbitrary byte boundaries, each piece preceded by its big-endian length, and
/// the message ends with 00 00. Messages accumulate until <see cref="FlushAsync"/>, so requests
/// written together (RUN + PULL, HELLO + LOGON) go out in one write: pipelining.
/// </summary>
public sealed class ChunkWriter
{
    private readonly int _maxChunkSize;
    private byte[] _output = new byte[8192];
    private int _length;

    public ChunkWriter(int maxChunkSize = BoltProtocol.MaxChunkSize)
    {
        if (maxChunkSize is < 1 or > BoltProtocol.MaxChunkSize)
            throw new ArgumentOutOfRangeException(nameof(maxChunkSize), "A chunk holds 1 to 65,535 bytes.");
        _maxChunkSize = maxChunkSize;
    }

    /// <summary>The framed bytes waiting to be flushed.</summary>
    public ReadOnlySpan<byte> Pending => _output.AsSpan(0, _length);

    public void WriteMessage(ReadOnlySpan<byte> payload)
    {
        var chunks = (payload.Length + _maxChunkSize - 1) / _maxChunkSize;
        Ensure(payload.Length + 2 * chunks + 2);
        while (payload.Length > 0)
        {
            var n = Math.Min(payload.Length, _maxChunkSize);
            _output[_length++] = (byte)(n >> 8);
            _output[_length++] = (byte)n;
            payload[..n].CopyTo(_output.AsSpan(_length));
            _length += n;
            payload = payload[n..];
        }
        _output[_length++] = 0;
        _output[_length++] = 0;
    }

    /// <summary>Writes raw bytes (the handshake) ahead of no framing.</summary>
    public void WriteRaw(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_output.AsSpan(_length));
        _length += bytes.Length;
    }

    public async ValueTask FlushAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        if (_length == 0) return;
        await stream.WriteAsync(_output.AsMemory(0, _length), cancellationToken);
        await stream.FlushAsync(cancellationToken);
        _length = 0;
    }

    public void Clear() => _length = 0;

    private void Ensure(int extra)
    {
        if (_output.Length - _length < extra) Array.Resize(ref _output, Math.Max(_output.Length * 2, _length + extra));
    }
}
