using ActorGraph.Bolt;
using System.Net;
using System.Net.Sockets;
using ActorGraph.Bolt.IO;

namespace ActorGraph.TestSupport;

/// <summary>
/// A Bolt server for tests: listens on 127.0.0.1, port 0, and plays one script per accepted connection (the
/// first connection runs the first script, and so on). A script is an exchange written out step by step:
/// accept a version, expect HELLO, answer SUCCESS, expect RUN, answer RECORDs, close the socket... It is not
/// an emulated database. Every wait has a timeout, so a test fails instead of hanging. Reusable by other test
/// projects through tests/ActorGraph.TestSupport, which every test project references.
/// </summary>
public sealed class ScriptedBoltServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<Func<ScriptedBoltConnection, Task>> _scripts = [];
    private readonly List<Task> _running = [];
    private readonly List<TcpClient> _clients = [];
    private readonly List<int> _clientPorts = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _lock = new();
    private readonly Task _acceptLoop;

    public ScriptedBoltServer(params Func<ScriptedBoltConnection, Task>[] scripts)
    {
        _scripts.AddRange(scripts);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _acceptLoop = AcceptLoopAsync();
    }

    /// <summary>When set, every connection is wrapped in TLS with this certificate (for bolt+s / bolt+ssc tests).</summary>
    public System.Security.Cryptography.X509Certificates.X509Certificate2? Certificate { get; init; }

    /// <summary>With <see cref="Certificate"/>: ask the client for a certificate and refuse the TLS handshake without one.</summary>
    public bool RequireClientCertificate { get; init; }

    /// <summary>The certificate the client presented on the last TLS connection, if any.</summary>
    public System.Security.Cryptography.X509Certificates.X509Certificate? ClientCertificate { get; private set; }

    /// <summary>Plays connections beyond the listed scripts: given the connection's index (0-based), returns its script.
    /// For open-ended runs such as the pool soak test.</summary>
    public Func<int, Func<ScriptedBoltConnection, Task>>? ScriptFor { get; init; }

    /// <summary>How long each step of a script waits for the client. Default 30 s: only a failing test waits it out,
    /// and a busy machine can hold a client back for seconds.</summary>
    public TimeSpan StepTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public int Port { get; }

    /// <summary>host:port as a client writes it.</summary>
    public string Address => $"127.0.0.1:{Port}";

    /// <summary>Connections accepted so far.</summary>
    public int ConnectionCount
    {
        get { lock (_lock) return _clients.Count; }
    }

    /// <summary>The client's port of each accepted connection, in order (see <see cref="LoopbackTcp"/>).</summary>
    public IReadOnlyList<int> ClientPorts
    {
        get { lock (_lock) return [.. _clientPorts]; }
    }

    public string Uri(string scheme = "bolt") => $"{scheme}://{Address}";

    /// <summary>Adds a script for a later connection.</summary>
    public void AddScript(Func<ScriptedBoltConnection, Task> script)
    {
        lock (_lock) _scripts.Add(script);
    }

    /// <summary>Waits until every started script has finished and rethrows the first script failure
    /// (an unexpected message from the client, a timeout). Also fails if a script never got its connection
    /// unless <paramref name="allScriptsUsed"/> is false.</summary>
    public async Task VerifyAsync(bool allScriptsUsed = true, TimeSpan? timeout = null)
    {
        var limit = timeout ?? StepTimeout * 2;
        var deadline = DateTime.UtcNow + limit;
        int scripts;
        lock (_lock) scripts = _scripts.Count;
        // A client's connect completes in the kernel's backlog before the accept loop takes the socket, so a client
        // that connects and closes at once can be ahead of ConnectionCount: wait for the accept before judging.
        while (allScriptsUsed && ConnectionCount < scripts && DateTime.UtcNow < deadline && !_acceptLoop.IsCompleted)
            await Task.Delay(10);
        Task[] running;
        lock (_lock) running = [.. _running];
        var left = deadline - DateTime.UtcNow;
        await Task.WhenAll(running).WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.FromMilliseconds(1));
        if (allScriptsUsed && ConnectionCount < scripts)
            throw new ScriptFailedException($"Only {ConnectionCount} of {scripts} scripted connections were opened by the client.");
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            lock (_lock)
            {
                var index = _clients.Count;
                _clients.Add(client);
                _clientPorts.Add(((IPEndPoint)client.Client.RemoteEndPoint!).Port);
                var script = index < _scripts.Count
                    ? _scripts[index]
                    : ScriptFor?.Invoke(index) ?? (_ => throw new ScriptFailedException($"The client opened connection #{index + 1}, but only {_scripts.Count} were scripted."));
                _running.Add(RunScriptAsync(client, script));
            }
        }
    }

    private async Task RunScriptAsync(TcpClient client, Func<ScriptedBoltConnection, Task> script)
    {
        await Task.Yield();
        using (client)
        {
            Stream stream = client.GetStream();
            if (Certificate is not null)
            {
                var ssl = new System.Net.Security.SslStream(stream);
                try
                {
                    await ssl.AuthenticateAsServerAsync(new System.Net.Security.SslServerAuthenticationOptions
                    {
                        ServerCertificate = Certificate,
                        ClientCertificateRequired = RequireClientCertificate,
                        // The test decides what it trusts: it checks ClientCertificate itself.
                        RemoteCertificateValidationCallback = (_, cert, _, _) => !RequireClientCertificate || cert is not null,
                    }).WaitAsync(StepTimeout);
                    ClientCertificate = ssl.RemoteCertificate;
                }
                catch (Exception e) when (e is System.Security.Authentication.AuthenticationException or IOException)
                {
                    await script(ScriptedBoltConnection.Refused(e));
                    return;
                }
                stream = ssl;
            }
            var connection = new ScriptedBoltConnection(stream, StepTimeout, _stop.Token);
            await script(connection);
        }
    }

    /// <summary>Stops accepting connections (new ones are refused), as a server that went away; running scripts go on.</summary>
    public void StopListening() => _listener.Stop();

    /// <summary>Scripts started so far (finished or not).</summary>
    public IReadOnlyList<Task> Running
    {
        get { lock (_lock) return [.. _running]; }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        lock (_lock)
        {
            foreach (var c in _clients) c.Dispose();
        }
        try
        {
            await _acceptLoop;
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
    }
}

/// <summary>A script step went wrong: the client sent something else, or nothing in time.</summary>
public sealed class ScriptFailedException(string message, Exception? inner = null) : Exception(message, inner);
