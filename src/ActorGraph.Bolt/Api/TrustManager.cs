using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace ActorGraph.Bolt;

/// <summary>How the +s schemes verify the server certificate (+ssc always accepts any certificate), shaped like the
/// official driver's: the system's roots (<see cref="CreateChainTrust"/>), or a private CA
/// (<see cref="CreateCertTrust"/>: the chain must end at one of the given certificates, which may be the server's own
/// self-signed certificate).</summary>
public sealed class TrustManager
{
    private readonly X509Certificate2Collection? _roots;
    private readonly bool _verifyHostname;

    private TrustManager(X509Certificate2Collection? roots, bool verifyHostname)
    {
        _roots = roots;
        _verifyHostname = verifyHostname;
    }

    public static TrustManager CreateChainTrust() => new(null, true);

    public static TrustManager CreateCertTrust(IEnumerable<X509Certificate2> trusted, bool verifyHostname = true)
    {
        var roots = new X509Certificate2Collection();
        foreach (var c in trusted) roots.Add(c);
        if (roots.Count == 0) throw new ArgumentException("Give at least one trusted certificate.", nameof(trusted));
        return new TrustManager(roots, verifyHostname);
    }

    /// <summary>The check for SslStream: a private CA replaces the system store; the host name is checked unless turned off.</summary>
    internal bool Validate(X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (_roots is null) return errors == SslPolicyErrors.None;
        if (certificate is null) return false;
        if (_verifyHostname && errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch)) return false;
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(_roots);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var leaf = new X509Certificate2(certificate);
        return chain.Build(leaf);
    }
}
