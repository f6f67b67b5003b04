using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace ActorGraph.Bolt;

/// <summary>The byte stream under Bolt: a TCP socket (no Nagle delay, keep-alive on request), wrapped in TLS for the
/// +s and +ssc schemes [§1]. +ssc accepts any certificate; +s asks the configured <see cref="TrustManager"/>.</summary>
internal static class Transport
{
    // Keep-alive probes: first after 60 s of silence, then every 10 s; the OS gives up after its probe count.
    private const int KeepAliveIdleSeconds = 60;
    private const int KeepAliveIntervalSeconds = 10;

    public static async Task<(Socket Socket, Stream Stream)> OpenAsync(ServerAddress address, TlsMode tls, Config config, CancellationToken ct)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        Stream? stream = null;
        try
        {
            if (config.SocketKeepAlive) EnableKeepAlive(socket);
            await socket.ConnectAsync(address.Host, address.Port, ct);
            stream = new NetworkStream(socket, ownsSocket: true);
            if (tls == TlsMode.None) return (socket, stream);
            var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
            stream = ssl;
            var options = new SslClientAuthenticationOptions
            {
                TargetHost = address.Host,
                RemoteCertificateValidationCallback = tls == TlsMode.TrustAny
                    ? (_, _, _, _) => true
                    : (_, certificate, _, errors) => config.TrustManager.Validate(certificate, errors),
            };
            if (config.ClientCertificate is { } client)
            {
                options.ClientCertificates = new X509CertificateCollection { client };
                options.LocalCertificateSelectionCallback = (_, _, _, _, _) => client;
            }
            await ssl.AuthenticateAsClientAsync(options, ct);
            return (socket, stream);
        }
        catch
        {
            if (stream is not null) await stream.DisposeAsync(); else socket.Dispose();
            throw;
        }
    }

    private static void EnableKeepAlive(Socket socket)
    {
        socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive, true);
        try
        {
            socket.SetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.TcpKeepAliveTime, KeepAliveIdleSeconds);
            socket.SetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.TcpKeepAliveInterval, KeepAliveIntervalSeconds);
        }
        catch (SocketException)
        {
            // Some platforms do not let the timings be set; the OS defaults (often 2 h) still apply.
        }
    }
}
