namespace ActorGraph.Bolt;

/// <summary>A cluster's roles for one database, as ROUTE returned them, valid until <see cref="ExpiresAt"/> [§5 "ROUTE"].
/// Servers found unfit are forgotten until the next refresh.</summary>
internal sealed class RoutingTable
{
    private readonly Lock _lock = new();
    private int _next;

    public RoutingTable(string? database, IReadOnlyList<ServerAddress> routers, IReadOnlyList<ServerAddress> readers,
        IReadOnlyList<ServerAddress> writers, DateTimeOffset expiresAt)
    {
        Database = database;
        Routers = routers;
        Readers = readers;
        Writers = writers;
        ExpiresAt = expiresAt;
    }

    public string? Database { get; }
    public IReadOnlyList<ServerAddress> Routers { get; private set; }
    public IReadOnlyList<ServerAddress> Readers { get; private set; }
    public IReadOnlyList<ServerAddress> Writers { get; private set; }
    public DateTimeOffset ExpiresAt { get; }

    /// <summary>Parses the rt map of ROUTE's SUCCESS: {ttl, db, servers: [{addresses, role}]}.</summary>
    public static RoutingTable Parse(IReadOnlyDictionary<string, object?> rt, DateTimeOffset now)
    {
        var ttl = rt.GetValueOrDefault("ttl") as long? ?? throw new ProtocolException("The routing table has no ttl.");
        var servers = rt.GetValueOrDefault("servers") as List<object?> ?? throw new ProtocolException("The routing table has no servers.");
        var roles = new Dictionary<string, List<ServerAddress>>(StringComparer.Ordinal) { ["ROUTE"] = [], ["READ"] = [], ["WRITE"] = [] };
        foreach (var entry in servers)
        {
            if (entry is not IReadOnlyDictionary<string, object?> server || server.GetValueOrDefault("role") is not string role
                || server.GetValueOrDefault("addresses") is not List<object?> addresses)
                throw new ProtocolException("A routing table entry lacks a role or addresses.");
            if (!roles.TryGetValue(role, out var list)) continue;
            list.AddRange(addresses.OfType<string>().Select(ServerAddress.Parse));
        }
        var expires = ttl >= (long)(DateTimeOffset.MaxValue - now).TotalSeconds ? DateTimeOffset.MaxValue : now.AddSeconds(ttl);
        return new RoutingTable(rt.GetValueOrDefault("db") as string, roles["ROUTE"], roles["READ"], roles["WRITE"], expires);
    }

    /// <summary>Stale when expired, or when it has no server for the mode (or no router).</summary>
    public bool IsStaleFor(AccessMode mode, DateTimeOffset now) =>
        now >= ExpiresAt || Routers.Count == 0 || (mode == AccessMode.Read ? Readers.Count == 0 : Writers.Count == 0);

    /// <summary>The servers for the mode, rotated so that successive sessions spread over them.</summary>
    public IReadOnlyList<ServerAddress> ServersFor(AccessMode mode)
    {
        var list = mode == AccessMode.Read ? Readers : Writers;
        if (list.Count <= 1) return list;
        var start = (int)((uint)Interlocked.Increment(ref _next) % (uint)list.Count);
        return [.. list.Skip(start), .. list.Take(start)];
    }

    public void Forget(ServerAddress address)
    {
        lock (_lock)
        {
            Routers = Routers.Where(a => a != address).ToArray();
            Readers = Readers.Where(a => a != address).ToArray();
            Writers = Writers.Where(a => a != address).ToArray();
        }
    }

    public void ForgetWriter(ServerAddress address)
    {
        lock (_lock) Writers = Writers.Where(a => a != address).ToArray();
    }
}
