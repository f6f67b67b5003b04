using ActorGraph.Bolt;
using System.Globalization;
using ActorGraph.Bolt.IO;
using ActorGraph.Bolt.Protocol;

namespace ActorGraph.TestSupport;

/// <summary>A request the client sent, decoded: its tag and fields.</summary>
public sealed record ClientMessage(byte Tag, IReadOnlyList<object?> Fields)
{
    public string Name => Tag switch
    {
        MessageTag.Hello => "HELLO", MessageTag.Goodbye => "GOODBYE", MessageTag.Reset => "RESET", MessageTag.Run => "RUN",
        MessageTag.Begin => "BEGIN", MessageTag.Commit => "COMMIT", MessageTag.Rollback => "ROLLBACK",
        MessageTag.Discard => "DISCARD", MessageTag.Pull => "PULL", MessageTag.Telemetry => "TELEMETRY",
        MessageTag.Route => "ROUTE", MessageTag.Logon => "LOGON", MessageTag.Logoff => "LOGOFF",
        _ => $"0x{Tag:X2}",
    };

    /// <summary>Field <paramref name="index"/> as a map (HELLO's extra, RUN's parameters, PULL's {n}).</summary>
    public IReadOnlyDictionary<string, object?> Map(int index) => (IReadOnlyDictionary<string, object?>)Fields[index]!;

    public override string ToString() => $"{Name} {ValueFormatter.Format(Fields)}";
}

/// <summary>One scripted connection: the server side of the exchange, step by step.</summary>
public sealed class ScriptedBoltConnection
{
    private readonly Stream _stream;
    private readonly TimeSpan _timeout;
    private readonly CancellationToken _stop;
    private readonly ChunkReader _reader;
    private ChunkWriter _chunks = new();
    private readonly PackStreamWriter _packer = new();

    public ScriptedBoltConnection(Stream stream, TimeSpan timeout, CancellationToken stop)
    {
        _stream = stream;
        _timeout = timeout;
        _stop = stop;
        _reader = new ChunkReader(stream);
    }

    /// <summary>The TLS handshake failed (the client refused the certificate); scripts can check <see cref="TlsFailure"/>.</summary>
    internal static ScriptedBoltConnection Refused(Exception e) =>
        new(Stream.Null, TimeSpan.Zero, CancellationToken.None) { TlsFailure = e };

    /// <summary>Why the TLS handshake failed, if it did.</summary>
    public Exception? TlsFailure { get; private init; }

    /// <summary>The 20 handshake bytes the client sent (after <see cref="AcceptAsync"/>).</summary>
    public byte[] HandshakeBytes { get; private set; } = [];

    /// <summary>The raw (de-chunked) bytes of the last message received, for byte-level checks.</summary>
    public byte[] LastMessageBytes { get; private set; } = [];

    /// <summary>Send date-times in the legacy 4.x form (0x46/0x66) instead of the UTC form (0x49/0x69).</summary>
    public bool LegacyDateTimes
    {
        set => _packer.UtcDateTime = !value;
    }

    /// <summary>Replies use chunks of at most this many bytes (to exercise the client's chunk reassembly).</summary>
    public int ChunkSize
    {
        set => _chunks = new ChunkWriter(value);
    }

    /// <summary>Reads the magic and four version slots, checks the magic, and answers with the given version.</summary>
    public async Task AcceptAsync(int major, int minor)
    {
        HandshakeBytes = new byte[20];
        await Step(ct => _reader.ReadRawAsync(HandshakeBytes, ct).AsTask(), "the handshake");
        if (!HandshakeBytes.AsSpan(0, 4).SequenceEqual(BoltProtocol.Magic))
            throw new ScriptFailedException($"The handshake did not start with the magic: {Convert.ToHexString(HandshakeBytes)}.");
        await SendRawAsync([0, 0, (byte)minor, (byte)major]);
    }

    /// <summary>Reads the client's 20 handshake bytes and answers with a manifest (handshake manifest v1): 00 00 01 FF,
    /// the varint count, the 4-byte version ranges, the varint capabilities. Returns the 4-byte version the client
    /// chose and the bytes of its capability varint.</summary>
    public async Task<(byte[] Version, byte[] Capabilities)> AcceptManifestAsync(byte[][] versions, long capabilities = 0)
    {
        HandshakeBytes = new byte[20];
        await Step(ct => _reader.ReadRawAsync(HandshakeBytes, ct).AsTask(), "the handshake");
        var reply = new List<byte> { 0x00, 0x00, 0x01, 0xFF };
        reply.AddRange(Varint(versions.Length));
        foreach (var v in versions) reply.AddRange(v);
        reply.AddRange(Varint(capabilities));
        await SendRawAsync([.. reply]);
        var version = new byte[4];
        await Step(ct => _reader.ReadRawAsync(version, ct).AsTask(), "the chosen version");
        var caps = new List<byte>();
        var one = new byte[1];
        do
        {
            await Step(ct => _reader.ReadRawAsync(one, ct).AsTask(), "the capabilities");
            caps.Add(one[0]);
        }
        while ((one[0] & 0x80) != 0);
        return (version, [.. caps]);
    }

    /// <summary>Little-endian base-128 varint, as the manifest handshake writes numbers.</summary>
    public static byte[] Varint(long value)
    {
        var bytes = new List<byte>();
        do
        {
            var b = (byte)(value & 0x7F);
            value >>= 7;
            bytes.Add(value == 0 ? b : (byte)(b | 0x80));
        }
        while (value != 0);
        return [.. bytes];
    }

    /// <summary>After <see cref="AcceptManifestAsync"/>: HELLO and (from 5.1) LOGON answered with SUCCESS.</summary>
    public async Task<IReadOnlyDictionary<string, object?>> HelloAfterHandshakeAsync(int major, int minor)
    {
        var hello = (await ExpectAsync(MessageTag.Hello)).Map(0);
        await SuccessAsync(new Dictionary<string, object?> { ["server"] = "Neo4j/2025.10.0", ["connection_id"] = "bolt-m" });
        if (major == 5 && minor >= 1)
        {
            await ExpectAsync(MessageTag.Logon);
            await SuccessAsync();
        }
        return hello;
    }

    /// <summary>HELLO (and LOGON from 5.1) answered with SUCCESS; returns HELLO's map and LOGON's (null before 5.1).</summary>
    public async Task<(IReadOnlyDictionary<string, object?> Hello, IReadOnlyDictionary<string, object?>? Logon)> HelloAsync(
        int major, int minor, IReadOnlyDictionary<string, object?>? helloMetadata = null)
    {
        await AcceptAsync(major, minor);
        var hello = (await ExpectAsync(MessageTag.Hello)).Map(0);
        await SuccessAsync(helloMetadata ?? new Dictionary<string, object?> { ["server"] = "Neo4j/5.26.0", ["connection_id"] = "bolt-1" });
        if (major == 4 || (major == 5 && minor == 0)) return (hello, null);
        var logon = (await ExpectAsync(MessageTag.Logon)).Map(0);
        await SuccessAsync();
        return (hello, logon);
    }

    /// <summary>Reads the next client message (NOOP chunks skipped by the reader).</summary>
    public async Task<ClientMessage> ReceiveAsync()
    {
        var length = await Step(ct => _reader.ReadMessageAsync(ct).AsTask(), "a message");
        LastMessageBytes = _reader.MessageBuffer.AsSpan(0, length).ToArray();
        var reader = new PackStreamReader(_reader.MessageBuffer, 0, length);
        var (count, tag) = reader.ReadStructHeader();
        var fields = new object?[count];
        for (var i = 0; i < count; i++) fields[i] = reader.ReadValue();
        if (reader.Remaining != 0) throw new ScriptFailedException($"{reader.Remaining} stray bytes after message 0x{tag:X2}.");
        return new ClientMessage(tag, fields);
    }

    /// <summary>Receives a message and fails the script unless it has the given tag.</summary>
    public async Task<ClientMessage> ExpectAsync(byte tag)
    {
        var message = await ReceiveAsync();
        if (message.Tag != tag)
            throw new ScriptFailedException($"Expected {new ClientMessage(tag, []).Name} but the client sent {message}.");
        return message;
    }

    /// <summary>Expects RUN and returns (query, parameters, extra).</summary>
    public async Task<(string Query, IReadOnlyDictionary<string, object?> Parameters, IReadOnlyDictionary<string, object?> Extra)> ExpectRunAsync()
    {
        var run = await ExpectAsync(MessageTag.Run);
        return ((string)run.Fields[0]!, run.Map(1), run.Map(2));
    }

    /// <summary>Expects PULL and returns its n.</summary>
    public async Task<long> ExpectPullAsync()
    {
        var pull = await ExpectAsync(MessageTag.Pull);
        return (long)pull.Map(0)["n"]!;
    }

    /// <summary>Expects RUN and PULL, and answers one record {n: value} and the summary (default {type: "r"}).</summary>
    public async Task AnswerOneAsync(object? value, IReadOnlyDictionary<string, object?>? summary = null)
    {
        await ExpectRunAsync();
        await RunSuccessAsync("n");
        await ExpectPullAsync();
        await RecordAsync(value);
        await SuccessAsync(summary ?? new Dictionary<string, object?> { ["type"] = "r" });
    }

    public Task SuccessAsync(IReadOnlyDictionary<string, object?>? metadata = null) =>
        SendAsync(w => { w.WriteStructHeader(1, MessageTag.Success); w.WriteMap(metadata ?? new Dictionary<string, object?>()); });

    /// <summary>RUN's SUCCESS with the given field names.</summary>
    public Task RunSuccessAsync(params string[] fields) =>
        SuccessAsync(new Dictionary<string, object?> { ["fields"] = fields.Cast<object?>().ToList(), ["t_first"] = 1L });

    public Task RecordAsync(params object?[] values) =>
        SendAsync(w => { w.WriteStructHeader(1, MessageTag.Record); w.WriteValue(values); });

    public Task FailureAsync(string code, string message) =>
        SuccessOrFailureAsync(MessageTag.Failure, new Dictionary<string, object?> { ["code"] = code, ["message"] = message });

    public Task FailureAsync(IReadOnlyDictionary<string, object?> metadata) => SuccessOrFailureAsync(MessageTag.Failure, metadata);

    public Task IgnoredAsync() => SendAsync(w => w.WriteStructHeader(0, MessageTag.Ignored));

    /// <summary>A NOOP (00 00) between messages.</summary>
    public Task NoopAsync() => SendRawAsync([0, 0]);

    /// <summary>Expects RESET and answers SUCCESS, after answering IGNORED to <paramref name="ignoredBefore"/>
    /// pipelined requests that must arrive first.</summary>
    public async Task ExpectResetAsync(int ignoredBefore = 0)
    {
        for (var i = 0; i < ignoredBefore; i++)
        {
            var m = await ReceiveAsync();
            if (m.Tag == MessageTag.Reset) throw new ScriptFailedException("RESET arrived before the requests it should follow.");
            await IgnoredAsync();
        }
        await ExpectAsync(MessageTag.Reset);
        await SuccessAsync();
    }

    /// <summary>Reads until the client closes (accepting an optional GOODBYE); fails on any other message.</summary>
    public async Task ExpectCloseAsync()
    {
        while (true)
        {
            ClientMessage message;
            try
            {
                message = await ReceiveAsync();
            }
            catch (ScriptFailedException e) when (e.InnerException is EndOfStreamException or IOException)
            {
                return;
            }
            if (message.Tag != MessageTag.Goodbye) throw new ScriptFailedException($"Expected the client to close, but it sent {message}.");
        }
    }

    /// <summary>Closes the socket (a dropped connection, from the client's point of view).</summary>
    public void Drop() => _stream.Dispose();

    public async Task SendRawAsync(byte[] bytes)
    {
        await _stream.WriteAsync(bytes, _stop);
        await _stream.FlushAsync(_stop);
    }

    private Task SuccessOrFailureAsync(byte tag, IReadOnlyDictionary<string, object?> metadata) =>
        SendAsync(w => { w.WriteStructHeader(1, tag); w.WriteMap(metadata); });

    private async Task SendAsync(Action<PackStreamWriter> write)
    {
        _packer.Clear();
        write(_packer);
        _chunks.WriteMessage(_packer.Written);
        await _chunks.FlushAsync(_stream, _stop);
    }

    private async Task<T> Step<T>(Func<CancellationToken, Task<T>> step, string what)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(_stop);
        cts.CancelAfter(_timeout);
        try
        {
            return await step(cts.Token);
        }
        catch (OperationCanceledException e)
        {
            throw new ScriptFailedException($"The client sent no {what} within {_timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.", e);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException)
        {
            throw new ScriptFailedException($"The client closed the connection while the script waited for {what}.", e);
        }
    }

    private async Task Step(Func<CancellationToken, Task> step, string what) =>
        await Step(async ct => { await step(ct); return 0; }, what);
}
