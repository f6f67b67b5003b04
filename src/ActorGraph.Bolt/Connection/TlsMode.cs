namespace ActorGraph.Bolt;

/// <summary>How a connection is encrypted: not at all, TLS with certificate checks (+s), or TLS accepting
/// any certificate (+ssc, for self-signed servers).</summary>
internal enum TlsMode
{
    None,
    Verify,
    TrustAny,
}
