namespace ActorGraph.Bolt.IO;

/// <summary>
/// Reads whole messages from chunked Bolt framing [§2]: each chunk is an unsigned big-endian u16 length
/// and that many bytes; a zero-length chunk ends the message. A zero-length chunk <em>between</em>
/// messages is a NOOP (keep-alive) and is skipped. Any read may return fewer bytes than asked; this
/// reader loops. A message larger than the configured maximum raises <see cref="ProtocolException"/>
/// before the rest of it is buffered. The end of the stream raises <see cref="EndOfStreamException"/>.
/// </summary>
public sealed class ChunkReader
{
    private readonly Stream _stream;
    private readonly int _maxMessageSize;
    private readonly byte[] _input;
    private int _inputPosition;
    private int _inputEnd;
    private byte[] _message = new byte[8192];
    private int _messageLength;
    private CancellationTokenSource? _silence;

    public ChunkReader(Stream stream, int maxMessageSize = 64 * 1024 * 1024, int readBufferSize = 64 * 1024)
    {
        _stream = stream;
        _maxMessageSize = maxMessageSize;
        _input = new byte[readBufferSize];
    }

    /// <summary>When set, a socket read that gets no byte (not even a NOOP) within this time raises
    /// <see cref="TimeoutException"/>: the server's <c>connection.recv_timeout_seconds</c> hint, kept alive by NOOPs.</summary>
    public TimeSpan? ReceiveTimeout { get; set; }

    /// <summary>The bytes of the last message read (valid until the next read).</summary>
    public byte[] MessageBuffer => _message;

    /// <summary>The length of the last message read.</summary>
    public int MessageLength => _messageLength;

    /// <summary>Reads the next message into <see cref="MessageBuffer"/> and returns its length (never 0).</summary>
    public async ValueTask<int> ReadMessageAsync(CancellationToken cancellationToken = default)
    {
        _messageLength = 0;
        while (true)
        {
            if (_inputEnd - _inputPosition < 2) await FillAsync(2, cancellationToken);
            var size = (_input[_inputPosition] << 8) | _input[_inputPosition + 1];
            _inputPosition += 2;
            if (size == 0)
            {
                if (_messageLength == 0) continue; // NOOP between messages [§2.4]
                return _messageLength;
            }
            if ((long)_messageLength + size > _maxMessageSize)
                throw new ProtocolException($"The server sent a message larger than the limit of {_maxMessageSize:N0} bytes.");
            if (_message.Length < _messageLength + size)
                Array.Resize(ref _message, Math.Min(_maxMessageSize, Math.Max(_message.Length * 2, _messageLength + size)));
            var remaining = size;
            while (remaining > 0)
            {
                if (_inputEnd == _inputPosition) await FillAsync(1, cancellationToken);
                var n = Math.Min(remaining, _inputEnd - _inputPosition);
                Buffer.BlockCopy(_input, _inputPosition, _message, _messageLength, n);
                _inputPosition += n;
                _messageLength += n;
                remaining -= n;
            }
        }
    }

    /// <summary>Reads exactly <paramref name="buffer"/>.Length raw bytes (the handshake reply).</summary>
    public async ValueTask ReadRawAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var copied = 0;
        while (copied < buffer.Length)
        {
            if (_inputEnd == _inputPosition) await FillAsync(1, cancellationToken);
            var n = Math.Min(buffer.Length - copied, _inputEnd - _inputPosition);
            _input.AsMemory(_inputPosition, n).CopyTo(buffer[copied..]);
            _inputPosition += n;
            copied += n;
        }
    }

    private async ValueTask FillAsync(int atLeast, CancellationToken cancellationToken)
    {
        // Keep what is buffered, move it to the front, then read until at least atLeast bytes are there.
        var buffered = _inputEnd - _inputPosition;
        if (buffered > 0 && _inputPosition > 0) Buffer.BlockCopy(_input, _inputPosition, _input, 0, buffered);
        _inputPosition = 0;
        _inputEnd = buffered;
        while (_inputEnd < atLeast)
        {
            var n = ReceiveTimeout is { } timeout
                ? await ReadWithTimeoutAsync(timeout, cancellationToken)
                : await _stream.ReadAsync(_input.AsMemory(_inputEnd), cancellationToken);
            if (n == 0) throw new EndOfStreamException("The server closed the connection.");
            _inputEnd += n;
        }
    }

    // One timer per socket read (not per message): reads return up to the buffer size, so this stays cheap.
    private async ValueTask<int> ReadWithTimeoutAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (_silence is null || !_silence.TryReset())
        {
            _silence?.Dispose();
            _silence = new CancellationTokenSource();
        }
        _silence.CancelAfter(timeout);
        using var linked = cancellationToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _silence.Token) : null;
        try
        {
            return await _stream.ReadAsync(_input.AsMemory(_inputEnd), linked?.Token ?? _silence.Token);
        }
        catch (OperationCanceledException) when (_silence.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The server sent nothing for {timeout.TotalSeconds:0.#} s.");
        }
    }
}
