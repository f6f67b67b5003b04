using ActorGraph.Bolt.IO;
using ActorGraph.Bolt.Protocol;

namespace ActorGraph.Bolt.Messages;

/// <summary>ROUTE: <c>B3 66 {routing context} [bookmarks] {db?, imp_user?}</c> (the third field is a map
/// since 4.4). The reply is SUCCESS {rt: {ttl, db, servers: [{addresses, role}]}}.</summary>
public sealed class RouteMessage(IReadOnlyDictionary<string, object?> routingContext, IReadOnlyList<string> bookmarks, string? database)
    : IRequestMessage
{
    public IReadOnlyDictionary<string, object?> RoutingContext { get; } = routingContext;
    public IReadOnlyList<string> Bookmarks { get; } = bookmarks;
    public string? Database { get; } = database;
    public string Name => "ROUTE";

    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructHeader(3, MessageTag.Route);
        writer.WriteMap(RoutingContext);
        writer.WriteListHeader(Bookmarks.Count);
        foreach (var b in Bookmarks) writer.WriteString(b);
        if (Database is null)
        {
            writer.WriteMapHeader(0);
        }
        else
        {
            writer.WriteMapHeader(1);
            writer.WriteString("db");
            writer.WriteString(Database);
        }
    }
}
