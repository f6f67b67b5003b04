using ActorGraph.Bolt.IO;
using ActorGraph.Bolt.Protocol;

namespace ActorGraph.Bolt.Messages;

/// <summary>Decodes one de-chunked server message.</summary>
public static class ResponseReader
{
    public static IResponseMessage Read(PackStreamReader reader)
    {
        var (fields, tag) = reader.ReadStructHeader();
        IResponseMessage message = (tag, fields) switch
        {
            (MessageTag.Record, 1) => ReadRecord(reader),
            (MessageTag.Success, 1) => new SuccessMessage(reader.ReadMap()),
            (MessageTag.Failure, 1) => new FailureMessage(reader.ReadMap()),
            (MessageTag.Ignored, 0) => IgnoredMessage.Instance,
            _ => throw new ProtocolException($"Unknown server message 0x{tag:X2} with {fields} fields."),
        };
        if (reader.Remaining != 0) throw new ProtocolException($"{reader.Remaining} unexpected bytes after a server message.");
        return message;
    }

    private static RecordMessage ReadRecord(PackStreamReader reader)
    {
        var count = reader.ReadListHeader();
        if (count > reader.Remaining) throw new ProtocolException("The PackStream data ends in the middle of a value.");
        var values = new object?[count];
        for (var i = 0; i < count; i++) values[i] = reader.ReadValue();
        return new RecordMessage(values);
    }
}
