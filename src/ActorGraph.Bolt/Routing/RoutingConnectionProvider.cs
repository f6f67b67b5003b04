using System.Collections.Concurrent;
using ActorGraph.Bolt.Messages;

namespace ActorGraph.Bolt;

/// <summary>
/// neo4j://: keeps a routing table per database, fetched with ROUTE from a router (first the URI's address,
/// later the table's routers), refreshed after its ttl, when it lacks a server for the wanted mode, and after
/// routing errors. Reads go to READ members, writes to WRITE members. On NotALeader or
/// ForbiddenOnReadOnlyDatabase the writer is forgotten; on a lost connection or DatabaseUnavailable the server
/// is forgotten; both surface as <see cref="SessionExpiredException"/> (retried by managed transactions) [§5, §7].
/// </summary>
internal sealed class RoutingConnectionProvider(BoltUri uri, PoolSet pools, Config config, TimeProvider time) : IConnectionProvider
{
    private readonly ConcurrentDictionary<string, RoutingTable> _tables = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _refreshLock = new(1, 1);

    public async Task<BoltConnection> AcquireAsync(AccessMode mode, string? database, Bookmarks bookmarks, CancellationToken ct = default)
    {
        var table = await TableForAsync(mode, database, bookmarks, ct);
        foreach (var address in table.ServersFor(mode))
        {
            try
            {
                return await pools.Get(address).AcquireAsync(ct);
            }
            catch (ServiceUnavailableException e)
            {
                Forget(table, address, e.Message);
            }
        }
        throw new SessionExpiredException(
            $"No {(mode == AccessMode.Read ? "reader" : "writer")} of database '{database ?? table.Database ?? "(home)"}' could be reached.");
    }

    public Neo4jException OnError(BoltConnection connection, Neo4jException error, string? database)
    {
        if (!_tables.TryGetValue(database ?? "", out var table)) return error;
        switch (error)
        {
            case ClientException { Code: "Neo.ClientError.Cluster.NotALeader" or "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase" }:
                table.ForgetWriter(connection.Address);
                Log.ServerForgotten(config.Logger, connection.Address.ToString(), database ?? "", error.Code!);
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

    /// <summary>The table for a database (home database: null), refreshed if stale for the mode.</summary>
    internal async Task<RoutingTable> TableForAsync(AccessMode mode, string? database, Bookmarks bookmarks, CancellationToken ct)
    {
        var key = database ?? "";
        if (_tables.TryGetValue(key, out var table) && !table.IsStaleFor(mode, time.GetUtcNow())) return table;
        await _refreshLock.WaitAsync(ct);
        try
        {
            if (_tables.TryGetValue(key, out table) && !table.IsStaleFor(mode, time.GetUtcNow())) return table;
            var fresh = await FetchAsync(table, database, bookmarks, ct);
            _tables[key] = fresh;
            Log.RoutingTableRefreshed(config.Logger, fresh.Database ?? key, fresh.Routers.Count, fresh.Readers.Count, fresh.Writers.Count,
                (long)(fresh.ExpiresAt - time.GetUtcNow()).TotalSeconds);
            if (fresh.IsStaleFor(mode, time.GetUtcNow()))
                throw new SessionExpiredException($"The routing table has no {(mode == AccessMode.Read ? "reader" : "writer")} for database '{fresh.Database ?? key}'.");
            return fresh;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    private async Task<RoutingTable> FetchAsync(RoutingTable? previous, string? database, Bookmarks bookmarks, CancellationToken ct)
    {
        // Known routers first, then the address of the URI (the seed), each once.
        var routers = (previous?.Routers ?? []).Append(uri.Address).Distinct().ToList();
        var failures = new List<string>();
        foreach (var router in routers)
        {
            BoltConnection connection;
            try
            {
                connection = await pools.Get(router).AcquireAsync(ct);
            }
            catch (ServiceUnavailableException e)
            {
                failures.Add($"{router}: {e.Message}");
                Log.RouterFailed(config.Logger, router.ToString(), e.Message);
                continue;
            }
            try
            {
                connection.Enqueue(new RouteMessage(uri.RoutingContext, bookmarks.Values, database));
                await connection.FlushAsync(ct);
                var success = await connection.ReadSummaryAsync(ct);
                var rt = success["rt"] as IReadOnlyDictionary<string, object?> ?? throw new ProtocolException("ROUTE's SUCCESS has no rt map.");
                return RoutingTable.Parse(rt, time.GetUtcNow());
            }
            catch (ServiceUnavailableException e)
            {
                failures.Add($"{router}: {e.Message}");
                Log.RouterFailed(config.Logger, router.ToString(), e.Message);
            }
            finally
            {
                await connection.Pool!.ReleaseAsync(connection);
            }
        }
        throw new ServiceUnavailableException($"No router returned a routing table: {string.Join("; ", failures)}");
    }

    private void Forget(RoutingTable table, ServerAddress address, string reason)
    {
        table.Forget(address);
        Log.ServerForgotten(config.Logger, address.ToString(), table.Database ?? "", reason);
    }

    public ValueTask DisposeAsync() => pools.DisposeAsync();
}
