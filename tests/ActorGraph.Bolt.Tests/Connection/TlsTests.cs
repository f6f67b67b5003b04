using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ActorGraph.Bolt.Tests.Support;
using static ActorGraph.TestSupport.ScriptedDrivers;

namespace ActorGraph.Bolt.Tests.Connection;

/// <summary>TLS over SslStream against a scripted server with a self-signed certificate made in the test.</summary>
public class TlsTests
{
    private static X509Certificate2 SelfSigned(string name = "localhost")
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(System.Net.IPAddress.Loopback);
        san.AddDnsName("localhost");
        request.CertificateExtensions.Add(san.Build());
        using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        // Export and re-import so that the private key is usable by SslStream on every platform.
        return X509CertificateLoader.LoadPkcs12(cert.Export(X509ContentType.Pfx), null);
    }

    [Fact]
    public async Task Bolt_ssc_accepts_a_self_signed_certificate()
    {
        using var certificate = SelfSigned();
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HelloAsync(5, 4);
            await c.ExpectRunAsync();
            await c.RunSuccessAsync("n");
            await c.ExpectPullAsync();
            await c.RecordAsync("over TLS");
            await c.SuccessAsync(new Dictionary<string, object?> { ["type"] = "r" });
            await c.ExpectCloseAsync();
        }) { Certificate = certificate };
        await using (var driver = Connect(server.Uri("bolt+ssc")))
        {
            Assert.True(driver.Encrypted);
            await using var session = driver.AsyncSession();
            Assert.Equal("over TLS", (await (await session.RunAsync("RETURN 1").Within()).SingleAsync().Within())["n"]);
        }
        await server.VerifyAsync();
    }

    [Fact]
    public async Task Bolt_s_refuses_an_untrusted_certificate()
    {
        using var certificate = SelfSigned();
        // The server side may or may not see the refusal (with TLS 1.3 the client checks after the server is done).
        await using var server = new ScriptedBoltServer(_ => Task.CompletedTask) { Certificate = certificate };
        await using (var driver = Connect(server.Uri("bolt+s")))
        {
            var e = await Assert.ThrowsAsync<SecurityException>(() => driver.VerifyConnectivityAsync().Within());
            Assert.False(e.IsRetriable);
            Assert.Contains("+ssc", e.Message, StringComparison.Ordinal);
            Assert.Contains(server.Address, e.Message, StringComparison.Ordinal);
        }
        await server.VerifyAsync();
    }

    private static Func<ScriptedBoltConnection, Task> HelloOnly => async c =>
    {
        await c.HelloAsync(5, 8);
        await c.ExpectCloseAsync();
    };

    [Fact]
    public async Task Bolt_s_accepts_a_server_whose_certificate_is_trusted_through_a_custom_trust_manager()
    {
        using var certificate = SelfSigned();
        await using var server = new ScriptedBoltServer(HelloOnly) { Certificate = certificate };
        await using (var driver = Connect(server.Uri("bolt+s"), o => o.WithTrustManager(TrustManager.CreateCertTrust([certificate]))))
            await driver.VerifyConnectivityAsync().Within();
        await server.VerifyAsync();
    }

    [Fact]
    public async Task Bolt_s_refuses_a_server_signed_by_another_ca_than_the_trusted_one()
    {
        using var certificate = SelfSigned();
        using var other = SelfSigned("other-ca");
        await using var server = new ScriptedBoltServer(_ => Task.CompletedTask) { Certificate = certificate };
        await using (var driver = Connect(server.Uri("bolt+s"), o => o.WithTrustManager(TrustManager.CreateCertTrust([other]))))
            await Assert.ThrowsAsync<SecurityException>(() => driver.VerifyConnectivityAsync().Within());
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_client_certificate_is_presented_to_a_server_that_requires_one()
    {
        using var certificate = SelfSigned();
        using var client = SelfSigned("analyst-client");
        await using var server = new ScriptedBoltServer(HelloOnly) { Certificate = certificate, RequireClientCertificate = true };
        await using (var driver = Connect(server.Uri("bolt+ssc"), o => o.WithClientCertificate(client)))
            await driver.VerifyConnectivityAsync().Within();
        await server.VerifyAsync();
        Assert.Equal("CN=analyst-client", server.ClientCertificate?.Subject);
    }
}
