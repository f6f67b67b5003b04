using ActorGraph.Bolt;

namespace ActorGraph.TestSupport;

/// <summary>A RUN the fake server received, decoded, with the BEGIN extra of its transaction (null for auto-commit).</summary>
public sealed record ReceivedRun(
    string Query,
    IReadOnlyDictionary<string, object?> Parameters,
    IReadOnlyDictionary<string, object?> Extra,
    IReadOnlyDictionary<string, object?>? Begin,
    int Transaction);

/// <summary>What the fake answers to a RUN: fields and records, a FAILURE, or a dropped connection.</summary>
public sealed record FakeReply(IReadOnlyList<string> Fields, IReadOnlyList<object?[]> Records, string? FailureCode = null, bool Drop = false)
{
    public static FakeReply Empty { get; } = new([], []);

    public static FakeReply Failure(string code) => new([], [], code);

    public static FakeReply Dropped { get; } = new([], [], Drop: true);

    public static FakeReply Rows(string[] fields, params object?[][] records) => new(fields, records);
}

/// <summary>
/// A scripted Bolt server that answers any sequence of BEGIN/RUN/PULL/COMMIT generically (on top of the Bolt
/// project's <see cref="ScriptedBoltConnection"/>), logging every message and RUN, with replies chosen per RUN by
/// <see cref="Respond"/>. Not a database: the tests decide every answer.
/// </summary>
public sealed class FakeNeo4j
{
    private readonly Lock _gate = new();
    private readonly List<ReceivedRun> _runs = [];
    private readonly List<string> _messages = [];
    private readonly HashSet<int> _committed = [];
    private int _transactions;

    /// <summary>Whether the server answered COMMIT for transaction <paramref name="transaction"/>.</summary>
    public bool IsCommitted(int transaction)
    {
        lock (_gate) return _committed.Contains(transaction);
    }

    public Func<ReceivedRun, FakeReply> Respond { get; set; } = _ => FakeReply.Empty;

    /// <summary>When true, new connections are closed at once (the server went away).</summary>
    public bool Down { get; set; }

    public IReadOnlyList<ReceivedRun> Runs
    {
        get { lock (_gate) return [.. _runs]; }
    }

    public IReadOnlyList<string> Messages
    {
        get { lock (_gate) return [.. _messages]; }
    }

    /// <summary>A server with <paramref name="connections"/> scripted connections, each playing this fake.</summary>
    public ScriptedBoltServer Start(int connections = 4) =>
        new([.. Enumerable.Repeat<Func<ScriptedBoltConnection, Task>>(PlayAsync, connections)]);

    public async Task PlayAsync(ScriptedBoltConnection c)
    {
        if (Down)
        {
            c.Drop();
            return;
        }
        await c.HelloAsync(5, 4);
        var failed = false;
        IReadOnlyDictionary<string, object?>? begin = null;
        var transaction = 0;
        FakeReply? open = null;
        while (true)
        {
            ClientMessage m;
            try
            {
                m = await c.ReceiveAsync();
            }
            catch (ScriptFailedException)
            {
                return; // the client closed the connection
            }
            lock (_gate) _messages.Add(m.Name);
            if (failed && m.Name != "RESET")
            {
                await c.IgnoredAsync();
                continue;
            }
            switch (m.Name)
            {
                case "RESET":
                    failed = false;
                    begin = null;
                    await c.SuccessAsync();
                    break;
                case "GOODBYE":
                    return;
                case "BEGIN":
                    begin = m.Map(0);
                    transaction = Interlocked.Increment(ref _transactions);
                    await c.SuccessAsync();
                    break;
                case "RUN":
                    var run = new ReceivedRun((string)m.Fields[0]!, m.Map(1), m.Map(2), begin, begin is null ? 0 : transaction);
                    lock (_gate) _runs.Add(run);
                    var reply = Respond(run);
                    if (reply.Drop)
                    {
                        Down = true;
                        c.Drop();
                        return;
                    }
                    if (reply.FailureCode is { } code)
                    {
                        await c.FailureAsync(code, "scripted failure");
                        failed = true;
                        break;
                    }
                    await c.RunSuccessAsync([.. reply.Fields]);
                    open = reply;
                    break;
                case "PULL":
                    foreach (var record in open?.Records ?? []) await c.RecordAsync(record);
                    await c.SuccessAsync(new Dictionary<string, object?> { ["type"] = "rw" });
                    open = null;
                    break;
                case "DISCARD":
                    open = null;
                    await c.SuccessAsync(new Dictionary<string, object?> { ["type"] = "rw" });
                    break;
                case "COMMIT":
                    begin = null;
                    lock (_gate) _committed.Add(transaction);
                    await c.SuccessAsync(new Dictionary<string, object?> { ["bookmark"] = $"FB:{transaction}" });
                    break;
                case "ROLLBACK":
                    begin = null;
                    await c.SuccessAsync();
                    break;
                default:
                    throw new ScriptFailedException($"The fake Neo4j does not expect {m}.");
            }
        }
    }
}
