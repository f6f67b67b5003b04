using ActorGraph.Bolt.IO;
using ActorGraph.Bolt.Protocol;

namespace ActorGraph.Bolt.Messages;

// The requests without fields share one shape: B0 <tag>. One small type each, in one file because
// each is two lines.

/// <summary>GOODBYE: <c>B0 02</c>. No reply; the server closes.</summary>
public sealed class GoodbyeMessage : IRequestMessage
{
    public static readonly GoodbyeMessage Instance = new();
    public string Name => "GOODBYE";
    public void Write(PackStreamWriter writer) => writer.WriteStructHeader(0, MessageTag.Goodbye);
}

/// <summary>RESET: <c>B0 0F</c>. Leaves FAILED/INTERRUPTED for READY; queued requests get IGNORED.</summary>
public sealed class ResetMessage : IRequestMessage
{
    public static readonly ResetMessage Instance = new();
    public string Name => "RESET";
    public void Write(PackStreamWriter writer) => writer.WriteStructHeader(0, MessageTag.Reset);
}

/// <summary>COMMIT: <c>B0 12</c>. SUCCESS carries the bookmark.</summary>
public sealed class CommitMessage : IRequestMessage
{
    public static readonly CommitMessage Instance = new();
    public string Name => "COMMIT";
    public void Write(PackStreamWriter writer) => writer.WriteStructHeader(0, MessageTag.Commit);
}

/// <summary>ROLLBACK: <c>B0 13</c>.</summary>
public sealed class RollbackMessage : IRequestMessage
{
    public static readonly RollbackMessage Instance = new();
    public string Name => "ROLLBACK";
    public void Write(PackStreamWriter writer) => writer.WriteStructHeader(0, MessageTag.Rollback);
}

/// <summary>LOGOFF (5.1+): <c>B0 6B</c>. Back to AUTHENTICATION; LOGON follows.</summary>
public sealed class LogoffMessage : IRequestMessage
{
    public static readonly LogoffMessage Instance = new();
    public string Name => "LOGOFF";
    public void Write(PackStreamWriter writer) => writer.WriteStructHeader(0, MessageTag.Logoff);
}
