using ActorGraph.Bolt.IO;
using ActorGraph.Bolt.Protocol;

namespace ActorGraph.Bolt.Messages;

/// <summary>ROUTE: <c>B3 66 {routing context} [bookmarks] {db?, imp_user?}</c> (the third field is a map
/// since 4.4; each key only when it has a value). The reply is SUCCESS {rt: {ttl, db, servers: [{addresses, role}]}}.</summary>
public sealed class RouteMessage(IReadOnlyDictionary<string, object?> routingContext, IReadOnlyList<string> bookmarks, string? database,
    string? impersonatedUser = null) : IRequestMessage
{
    public IReadOnlyDictionary<string, object?> RoutingContext { get; } = routingContext;
    public IReadOnlyList<string> Bookmarks { get; } = bookmarks;
    public string? Database { get; } = database;
    public string? ImpersonatedUser { get; } = impersonatedUser;
    public string Name => "ROUTE";

    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructHeader(3, MessageTag.Route);
        writer.WriteMap(RoutingContext);
        writer.WriteListHeader(Bookmarks.Count);
        foreach (var b in Bookmarks) writer.WriteString(b);
        writer.WriteMapHeader((Database is null ? 0 : 1) + (ImpersonatedUser is null ? 0 : 1));
        if (Database is not null)
        {
            writer.WriteString("db");
            writer.WriteString(Database);
        }
        if (ImpersonatedUser is not null)
        {
            writer.WriteString("imp_user");
            writer.WriteString(ImpersonatedUser);
        }
    }
}
