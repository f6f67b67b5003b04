using System.Collections.Concurrent;
using ActorGraph.Bolt.Messages;

namespace ActorGraph.Bolt;

/// <summary>
/// neo4j://: keeps a routing table per (database, impersonated user) — the home database of an impersonated user
/// is not the caller's — fetched with ROUTE {db?, imp_user?} from a router (first the URI's address, later the
/// table's routers), refreshed after its ttl, when it lacks a server for the wanted mode, and after routing
/// errors. A router that cannot be reached or answers ROUTE with a FAILURE is skipped for the next one, except for
/// failures no router would answer differently (unknown database, bad bookmark, security). Reads go to READ
/// members, writes to WRITE members. On NotALeader or ForbiddenOnReadOnlyDatabase the writer is forgotten; on a
/// lost connection or DatabaseUnavailable the server is forgotten; both surface as
/// <see cref="SessionExpiredException"/> (retried by managed transactions) [§5, §7].
/// </summary>
internal sealed class RoutingConnectionProvider(BoltUri uri, PoolSet pools, AuthToken routerAuth, Config config, TimeProvider time)
    : IConnectionProvider
{
    private readonly ConcurrentDictionary<(string Database, string User), RoutingTable> _tables = new();
    private readonly SemaphoreSlim _refreshLock = new(1, 1);

    public PoolSet Pools => pools;

    public async Task<BoltConnection> AcquireAsync(ConnectionRequest request, CancellationToken ct = default)
    {
        var table = await TableForAsync(request, ct);
        foreach (var address in table.ServersFor(request.Mode))
        {
            try
            {
                return await pools.Get(address).AcquireAsync(request.Auth, ct);
            }
            catch (ServiceUnavailableException e)
            {
                Forget(table, address, e.Message);
            }
        }
        throw new SessionExpiredException(
            $"No {(request.Mode == AccessMode.Read ? "reader" : "writer")} of database '{request.Database ?? table.Database ?? "(home)"}' could be reached.");
    }

    public Neo4jException OnError(BoltConnection connection, Neo4jException error, ConnectionRequest request)
    {
        if (!_tables.TryGetValue(Key(request), out var table)) return error;
        var database = request.Database ?? "";
        switch (error)
        {
            case ClientException { Code: "Neo.ClientError.Cluster.NotALeader" or "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase" }:
                table.ForgetWriter(connection.Address);
                Log.ServerForgotten(config.Logger, connection.Address.ToString(), database, error.Code!);
                return new SessionExpiredException($"{connection.Address} no longer accepts writes ({error.Code}).", error);
            case ServiceUnavailableException:
                Forget(table, connection.Address, error.Message);
                return new SessionExpiredException($"The connection to {connection.Address} was lost.", error);
            case TransientException { Code: "Neo.TransientError.General.DatabaseUnavailable" }:
                Forget(table, connection.Address, error.Code);
                return error;
            default:
                return error;
        }
    }

    private static (string, string) Key(ConnectionRequest r) => (r.Database ?? "", r.ImpersonatedUser ?? "");

    /// <summary>The table for the request's database and impersonated user, refreshed if stale for the mode.</summary>
    internal async Task<RoutingTable> TableForAsync(ConnectionRequest request, CancellationToken ct)
    {
        var key = Key(request);
        if (_tables.TryGetValue(key, out var table) && !table.IsStaleFor(request.Mode, time.GetUtcNow())) return table;
        await _refreshLock.WaitAsync(ct);
        try
        {
            if (_tables.TryGetValue(key, out table) && !table.IsStaleFor(request.Mode, time.GetUtcNow())) return table;
            var fresh = await FetchAsync(table, request, ct);
            _tables[key] = fresh;
            Log.RoutingTableRefreshed(config.Logger, fresh.Database ?? key.Item1, fresh.Routers.Count, fresh.Readers.Count, fresh.Writers.Count,
                (long)(fresh.ExpiresAt - time.GetUtcNow()).TotalSeconds);
            if (fresh.IsStaleFor(request.Mode, time.GetUtcNow()))
                throw new SessionExpiredException(
                    $"The routing table has no {(request.Mode == AccessMode.Read ? "reader" : "writer")} for database '{fresh.Database ?? key.Item1}'.");
            return fresh;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    private async Task<RoutingTable> FetchAsync(RoutingTable? previous, ConnectionRequest request, CancellationToken ct)
    {
        // Known routers first, then the address of the URI (the seed), each once.
        var routers = (previous?.Routers ?? []).Append(uri.Address).Distinct().ToList();
        var failures = new List<string>();
        foreach (var router in routers)
        {
            BoltConnection connection;
            try
            {
                connection = await pools.Get(router).AcquireAsync(routerAuth, ct);
            }
            catch (ServiceUnavailableException e)
            {
                failures.Add($"{router}: {e.Message}");
                Log.RouterFailed(config.Logger, router.ToString(), e.Message);
                continue;
            }
            try
            {
                connection.Enqueue(new RouteMessage(uri.RoutingContext, request.Bookmarks.Values, request.Database, request.ImpersonatedUser));
                await connection.FlushAsync(ct);
                var success = await connection.ReadSummaryAsync(ct);
                var rt = success["rt"] as IReadOnlyDictionary<string, object?> ?? throw new ProtocolException("ROUTE's SUCCESS has no rt map.");
                return RoutingTable.Parse(rt, time.GetUtcNow());
            }
            catch (Neo4jException e) when (!IsFatal(e))
            {
                failures.Add($"{router}: {e.Message}");
                Log.RouterFailed(config.Logger, router.ToString(), e.Code ?? e.Message);
            }
            finally
            {
                await connection.Pool!.ReleaseAsync(connection);
            }
        }
        throw new ServiceUnavailableException($"No router returned a routing table: {string.Join("; ", failures)}");
    }

    // Failures that another router would repeat: raise them instead of trying the next router.
    private static bool IsFatal(Neo4jException e) =>
        e is FatalDiscoveryException or AuthenticationException or SecurityException
        || e.Code is "Neo.ClientError.Transaction.InvalidBookmark" or "Neo.ClientError.Transaction.InvalidBookmarkMixture"
        || e.Code?.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) == true;

    private void Forget(RoutingTable table, ServerAddress address, string reason)
    {
        table.Forget(address);
        Log.ServerForgotten(config.Logger, address.ToString(), table.Database ?? "", reason);
    }

    public ValueTask DisposeAsync() => pools.DisposeAsync();
}
