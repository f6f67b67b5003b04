using System.Collections.Concurrent;
using ActorGraph.Import.Diagnostics;

namespace ActorGraph.Import.Reading;

/// <summary>Reads an inner stream (a file, or gzip/zip decompression) on a background thread, a few
/// blocks ahead of the consumer, so that decompression and I/O run on a second core while the importer
/// parses. Memory is bounded: at most <c>depth</c> blocks of <c>blockSize</c> bytes wait in the queue.</summary>
/// <remarks>Blocks are reused once read, so a large file allocates only depth + 2 blocks. Forward-only and read-only. An exception of the inner stream is rethrown by <see cref="Read(byte[], int, int)"/>.</remarks>
public sealed class ReadAheadStream : Stream
{
    private readonly Stream _inner;
    private readonly BlockingCollection<(byte[] Buffer, int Length, Exception? Error)> _queue;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _producer;
    private readonly ConcurrentBag<byte[]> _free = [];
    private byte[]? _current;
    private int _length;
    private int _offset;
    private bool _done;

    /// <summary>Starts reading <paramref name="inner"/> ahead.</summary>
    public ReadAheadStream(Stream inner, int blockSize = 1 << 20, int depth = 4)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
        _queue = new BlockingCollection<(byte[], int, Exception?)>(Math.Max(1, depth));
        _producer = Task.Factory.StartNew(() => Produce(blockSize), TaskCreationOptions.LongRunning);
    }

    private void Produce(int blockSize)
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                if (!_free.TryTake(out var buffer)) buffer = new byte[blockSize];
                var n = _inner.ReadAtLeast(buffer, blockSize, throwOnEndOfStream: false);
                if (n == 0) break;
                _queue.Add((buffer, n, null), _stop.Token);
                if (n < blockSize) break;
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or ObjectDisposedException or UnauthorizedAccessException or ImportFailedException)
        {
            try { _queue.Add((Array.Empty<byte>(), 0, ex), _stop.Token); } catch (OperationCanceledException) { }
        }
        finally
        {
            _queue.CompleteAdding();
        }
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        while (_current is null || _offset == _length)
        {
            if (_done || !_queue.TryTake(out var block, Timeout.Infinite))
            {
                _done = true;
                return 0;
            }
            if (block.Error is { } error)
            {
                _done = true;
                if (error is ImportLimitException limit) throw new ImportLimitException(limit);
                if (error is ImportFailedException failed) throw new ImportFailedException(failed.Message, failed);
                if (error is InvalidDataException ide) throw new InvalidDataException(ide.Message, ide);
                throw new IOException(error.Message, error);
            }
            if (_current is not null) _free.Add(_current);
            _current = block.Buffer;
            _length = block.Length;
            _offset = 0;
        }
        var n = Math.Min(buffer.Length, _length - _offset);
        _current.AsSpan(_offset, n).CopyTo(buffer);
        _offset += n;
        return n;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stop.Cancel();
            try { _producer.Wait(); } catch (AggregateException) { }
            _inner.Dispose();
            _queue.Dispose();
            _stop.Dispose();
        }
        base.Dispose(disposing);
    }

    /// <inheritdoc />
    public override bool CanRead => true;
    /// <inheritdoc />
    public override bool CanSeek => false;
    /// <inheritdoc />
    public override bool CanWrite => false;
    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();
    /// <inheritdoc />
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    /// <inheritdoc />
    public override void Flush() { }
    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();
    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
