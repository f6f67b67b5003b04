using ActorGraph.Bolt.IO;

namespace ActorGraph.Bolt.Messages;

/// <summary>A request the client sends: one PackStream structure whose tag is the signature [§5].</summary>
public interface IRequestMessage
{
    /// <summary>The message name for logs (never including credentials).</summary>
    string Name { get; }

    void Write(PackStreamWriter writer);
}
