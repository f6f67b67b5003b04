using ActorGraph.Bolt.IO;
using ActorGraph.Bolt.Protocol;

namespace ActorGraph.Bolt.Messages;

/// <summary>RUN: <c>B3 10 "query" {parameters} {extra}</c>. In auto-commit, extra holds bookmarks,
/// tx_timeout, tx_metadata, mode ("r" only), db, imp_user, each only when set; inside an explicit
/// transaction extra is <c>{}</c> [§5 "RUN, BEGIN, PULL, DISCARD"].
/// Example: RUN "RETURN 1 AS n" {} {} = B3 10 8D 52 45 54 55 52 4E 20 31 20 41 53 20 6E A0 A0.</summary>
public sealed class RunMessage(string query, IReadOnlyDictionary<string, object?> parameters, IReadOnlyDictionary<string, object?> extra)
    : IRequestMessage
{
    public string Query { get; } = query;
    public IReadOnlyDictionary<string, object?> Parameters { get; } = parameters;
    public IReadOnlyDictionary<string, object?> Extra { get; } = extra;
    public string Name => "RUN";

    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructHeader(3, MessageTag.Run);
        writer.WriteString(Query);
        writer.WriteMap(Parameters);
        writer.WriteMap(Extra);
    }
}
