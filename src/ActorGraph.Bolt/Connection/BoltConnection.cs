using System.Net.Sockets;
using ActorGraph.Bolt.IO;
using ActorGraph.Bolt.Messages;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Bolt;

/// <summary>
/// One Bolt connection: socket (+TLS), handshake, HELLO/LOGON, and the request/response exchange.
/// Requests are queued with <see cref="Enqueue"/> and sent together by <see cref="FlushAsync"/> (pipelining);
/// every request but GOODBYE gets exactly one summary (SUCCESS, FAILURE or IGNORED), RECORDs come before a
/// PULL's summary. The connection counts summaries it still owes so that <see cref="ResetAsync"/> can drain them
/// after a FAILURE (they come back IGNORED) [§6]. Any I/O error marks it broken and raises
/// <see cref="ServiceUnavailableException"/>. Not thread-safe: one user at a time (the pool sees to that).
/// </summary>
internal sealed class BoltConnection : IAsyncDisposable
{
    private readonly Socket? _socket;
    private readonly Stream _stream;
    private readonly ChunkReader _reader;
    private readonly ChunkWriter _chunks = new();
    private readonly PackStreamWriter _packer = new();
    private readonly PackStreamReader _unpacker = new([]);
    private readonly ILogger _logger;
    private int _pendingSummaries;
    private int _queued;

    private BoltConnection(Socket? socket, Stream stream, ChunkReader reader, ServerAddress address, BoltVersion version, AuthToken auth, ILogger logger)
    {
        Auth = auth;
        _socket = socket;
        _stream = stream;
        _reader = reader;
        Address = address;
        Version = version;
        _logger = logger;
        _packer.ElementIds = version >= BoltVersion.V5_0;
        _packer.UtcDateTime = version >= BoltVersion.V5_0;
        _packer.RefuseGraphValues = true;
    }

    public ServerAddress Address { get; }
    public BoltVersion Version { get; }
    public string ServerAgent { get; private set; } = "";
    public string? ConnectionId { get; private set; }

    /// <summary>The server hinted telemetry.enabled (5.4+): only then is TELEMETRY sent.</summary>
    public bool TelemetryEnabled { get; private set; }

    /// <summary>The socket failed or the protocol broke: the connection must not be reused.</summary>
    public bool IsBroken { get; private set; }

    /// <summary>A FAILURE was received, a result was left open, or a transaction is open: RESET before reuse.</summary>
    public bool NeedsReset => _pendingSummaries > 0 || Failed || InTransaction;

    public bool Failed { get; private set; }
    public bool InTransaction { get; set; }

    /// <summary>The pool that owns this connection (set by the pool).</summary>
    public ConnectionPool? Pool { get; set; }

    public IServerInfo ServerInfo => new ServerInfo(Address.ToString(), ServerAgent, Version.ToString());

    /// <summary>The credentials this connection is logged on with (LOGON, or HELLO before 5.1).</summary>
    public AuthToken Auth { get; private set; }

    /// <summary>The server answered Neo.ClientError.Security.AuthorizationExpired: log on again (LOGOFF/LOGON, 5.1+) before reuse.</summary>
    public bool AuthorizationExpired { get; private set; }

    /// <summary>LOGOFF/LOGON exist (5.1+): the connection can change or renew its credentials without reconnecting.</summary>
    public bool SupportsReauthentication => Version >= BoltVersion.V5_1;

    /// <summary>When the connection was opened and when it last went idle (<see cref="Environment.TickCount64"/> ms).</summary>
    public long OpenedAt { get; } = Environment.TickCount64;

    public long IdleSince { get; set; } = Environment.TickCount64;

    /// <summary>Whether TCP keep-alive is on for the socket (for tests and diagnostics).</summary>
    internal bool KeepAliveEnabled => _socket?.GetSocketOption(System.Net.Sockets.SocketOptionLevel.Socket, System.Net.Sockets.SocketOptionName.KeepAlive) is int and not 0;

    /// <summary>Opens a socket, negotiates a version and authenticates, within <see cref="Config.ConnectionTimeout"/>.</summary>
    public static async Task<BoltConnection> OpenAsync(ServerAddress address, TlsMode tls, AuthToken auth, Config config,
        IReadOnlyDictionary<string, object?>? routingContext, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(config.ConnectionTimeout);
        var ct = timeout.Token;
        Stream? stream = null;
        try
        {
            (var socket, stream) = await Transport.OpenAsync(address, tls, config, ct);
            var reader = new ChunkReader(stream, config.MaxMessageSize) { ReceiveTimeout = config.ReadTimeout };
            var version = await Handshake.NegotiateAsync(stream, reader, address, ct);
            var connection = new BoltConnection(socket, stream, reader, address, version, auth, config.Logger);
            await connection.InitializeAsync(config, routingContext, ct);
            Log.Connected(config.Logger, address.ToString(), version.ToString(), connection.ServerAgent, connection.ConnectionId);
            return connection;
        }
        catch (System.Security.Authentication.AuthenticationException e)
        {
            if (stream is not null) await stream.DisposeAsync();
            throw new SecurityException($"The TLS handshake with {address} failed: {e.Message} (for a self-signed certificate use the +ssc scheme, " +
                "or trust its CA with WithTrustManager(TrustManager.CreateCertTrust(...))).", e);
        }
        catch (Exception e) when (e is not Neo4jException && !(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            if (stream is not null) await stream.DisposeAsync();
            var why = e is OperationCanceledException or ConnectionReadTimeoutException
                ? $"no answer within the connection timeout of {config.ConnectionTimeout.TotalSeconds:0.#} s"
                : e.Message;
            throw new ServiceUnavailableException($"Could not connect to {address}: {why}", e);
        }
        catch
        {
            if (stream is not null) await stream.DisposeAsync();
            throw;
        }
    }

    // HELLO (+ LOGON from 5.1), pipelined: send both, then read two summaries [§5].
    private async Task InitializeAsync(Config config, IReadOnlyDictionary<string, object?>? routingContext, CancellationToken ct)
    {
        var hello = HelloBuilder.Build(Version, config.UserAgent, Auth, routingContext);
        config.Notifications?.AddTo(hello, Version);
        Enqueue(new HelloMessage(hello));
        if (Version >= BoltVersion.V5_1) Enqueue(new LogonMessage(Auth.ToMap()));
        await FlushAsync(ct);
        try
        {
            var success = await ReadSummaryAsync(ct);
            ServerAgent = success["server"] as string ?? "";
            ConnectionId = success["connection_id"] as string;
            if (success["hints"] is IReadOnlyDictionary<string, object?> hints)
            {
                TelemetryEnabled = Version >= BoltVersion.V5_4 && hints.GetValueOrDefault("telemetry.enabled") is true;
                // The server sends NOOPs at least this often; silence for longer means the connection is dead.
                if (hints.GetValueOrDefault("connection.recv_timeout_seconds") is long seconds and > 0
                    && TimeSpan.FromSeconds(seconds) < (_reader.ReceiveTimeout ?? TimeSpan.MaxValue))
                    _reader.ReceiveTimeout = TimeSpan.FromSeconds(seconds);
            }
            // 4.4 speaks the UTC date-time structs only if the server accepted the "utc" patch [§4].
            if (Version == BoltVersion.V4_4 && success["patch_bolt"] is List<object?> patches && patches.Contains("utc"))
                _packer.UtcDateTime = true;
            if (Version >= BoltVersion.V5_1) await ReadSummaryAsync(ct);
        }
        catch (Neo4jException)
        {
            IsBroken = true; // a failed HELLO or LOGON leaves the server DEFUNCT
            await _stream.DisposeAsync();
            throw;
        }
    }

    /// <summary>LOGOFF then LOGON with <paramref name="auth"/>, pipelined (5.1+) [§5, §6: READY →LOGOFF→
    /// AUTHENTICATION →LOGON→ READY]: renews expired authorization or switches to a session's own credentials on the
    /// same connection. A refused LOGON leaves the connection broken (the server closes it).</summary>
    public async Task ReauthenticateAsync(AuthToken auth, CancellationToken ct)
    {
        if (!SupportsReauthentication) throw new InvalidOperationException("LOGOFF/LOGON need Bolt 5.1 or later.");
        Enqueue(LogoffMessage.Instance);
        Enqueue(new LogonMessage(auth.ToMap()));
        await FlushAsync(ct);
        try
        {
            await ReadSummaryAsync(ct);
            await ReadSummaryAsync(ct);
        }
        catch (Neo4jException)
        {
            IsBroken = true;
            throw;
        }
        Auth = auth;
        AuthorizationExpired = false;
    }

    /// <summary>Queues a request (not sent until <see cref="FlushAsync"/>). A request whose values cannot be
    /// encoded (a decimal, an enum, a node as a parameter) drops every request queued since the last flush, so
    /// the connection stays clean and can go straight back to the pool, and raises <see cref="ClientException"/>.</summary>
    public void Enqueue(IRequestMessage message)
    {
        _packer.Clear();
        try
        {
            message.Write(_packer);
        }
        catch (ArgumentException e)
        {
            DropQueued();
            throw new ClientException($"The request cannot be sent: {e.Message}", e);
        }
        _chunks.WriteMessage(_packer.Written);
        if (message is not GoodbyeMessage)
        {
            _pendingSummaries++;
            _queued++;
        }
    }

    /// <summary>Forgets the requests queued since the last flush (they were never sent).</summary>
    public void DropQueued()
    {
        _chunks.Clear();
        _pendingSummaries -= _queued;
        _queued = 0;
    }

    public async ValueTask FlushAsync(CancellationToken ct = default)
    {
        try
        {
            _queued = 0;
            await _chunks.FlushAsync(_stream, ct);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            throw Broken(e);
        }
        catch (OperationCanceledException)
        {
            IsBroken = true;
            throw;
        }
    }

    /// <summary>Reads the next server message. A FAILURE marks the connection failed (RESET needed).</summary>
    public async ValueTask<IResponseMessage> ReadAsync(CancellationToken ct = default)
    {
        int length;
        try
        {
            length = await _reader.ReadMessageAsync(ct);
        }
        catch (ProtocolException)
        {
            IsBroken = true;
            throw;
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or EndOfStreamException or TimeoutException)
        {
            throw Broken(e);
        }
        catch (OperationCanceledException)
        {
            IsBroken = true; // cancelled mid-message: the rest of the exchange is unknown
            throw;
        }
        _unpacker.Reset(_reader.MessageBuffer, 0, length);
        IResponseMessage message;
        try
        {
            message = ResponseReader.Read(_unpacker);
        }
        catch (ProtocolException)
        {
            IsBroken = true;
            throw;
        }
        if (message is not RecordMessage) _pendingSummaries = Math.Max(0, _pendingSummaries - 1);
        if (message is FailureMessage failure)
        {
            Failed = true;
            // After a security failure (expired token or authorization, forbidden ...) the connection's
            // authentication is not to be trusted again: discard it rather than RESET it [§7].
            var code = failure.Metadata.GetValueOrDefault("neo4j_code") as string ?? failure.Metadata.GetValueOrDefault("code") as string;
            // An expired authorization is the exception from 5.1: LOGOFF/LOGON renews it on this very connection.
            if (code == "Neo.ClientError.Security.AuthorizationExpired" && SupportsReauthentication) AuthorizationExpired = true;
            else if (code?.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) == true) IsBroken = true;
        }
        return message;
    }

    /// <summary>Reads one summary: SUCCESS is returned, FAILURE thrown as a typed exception, IGNORED thrown as a
    /// <see cref="ClientException"/> (it only follows an earlier failure), RECORD is a protocol error here.</summary>
    public async ValueTask<SuccessMessage> ReadSummaryAsync(CancellationToken ct = default)
    {
        var message = await ReadAsync(ct);
        return message switch
        {
            SuccessMessage s => s,
            FailureMessage f => throw ErrorMapper.FromFailure(f),
            IgnoredMessage => throw new ClientException("The server ignored the request because an earlier one failed."),
            _ => throw ProtocolViolation("a RECORD where a summary was expected"),
        };
    }

    /// <summary>RESET: drains the summaries still owed (IGNORED after a failure), then reads RESET's SUCCESS.
    /// Leaves the connection READY, or broken if the server does not comply.</summary>
    public async Task ResetAsync(CancellationToken ct = default)
    {
        Enqueue(ResetMessage.Instance);
        await FlushAsync(ct);
        while (_pendingSummaries > 0)
        {
            var message = await ReadAsync(ct);
            if (_pendingSummaries == 0 && message is not SuccessMessage)
                throw ProtocolViolation("RESET was not answered with SUCCESS");
        }
        Failed = false;
        InTransaction = false;
    }

    /// <summary>Whether the idle socket still looks open: an idle connection should have nothing to read, so a
    /// readable socket means the server closed it (or sent something unexpected). Either way, discard it.</summary>
    public bool LooksAlive()
    {
        if (IsBroken) return false;
        if (_socket is null) return true;
        try
        {
            return !_socket.Poll(0, SelectMode.SelectRead);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            return false;
        }
    }

    public void MarkBroken() => IsBroken = true;

    /// <summary>Sends GOODBYE (best effort; it has no reply) and closes.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!IsBroken)
        {
            try
            {
                _chunks.Clear();
                Enqueue(GoodbyeMessage.Instance);
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await _chunks.FlushAsync(_stream, cts.Token);
            }
            catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
            {
                // The server may already be gone; closing is all that is left to do.
            }
        }
        IsBroken = true;
        await _stream.DisposeAsync();
    }

    private ServiceUnavailableException Broken(Exception e)
    {
        IsBroken = true;
        Log.ConnectionDiscarded(_logger, Address.ToString(), e.Message);
        return e is TimeoutException
            ? new ConnectionReadTimeoutException($"{Address} sent nothing for {_reader.ReceiveTimeout?.TotalSeconds:0.#} s (read timeout); the connection was closed.", e)
            : new ServiceUnavailableException($"The connection to {Address} was lost: {e.Message}", e);
    }

    private ProtocolException ProtocolViolation(string what)
    {
        IsBroken = true;
        return new ProtocolException($"{Address} broke the Bolt protocol: {what}.");
    }
}
