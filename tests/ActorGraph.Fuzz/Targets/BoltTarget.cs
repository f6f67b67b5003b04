using ActorGraph.Bolt;
using ActorGraph.Bolt.IO;

namespace ActorGraph.Fuzz.Targets;

/// <summary>The Bolt client's readers on bytes a server might send: <c>packstream</c> unpacks values until
/// the buffer is used up, <c>chunks</c> de-chunks messages (at most 1 MB each) from a stream and unpacks
/// each. Expected failures: <see cref="ProtocolException"/> and, for a stream that stops,
/// <see cref="EndOfStreamException"/>. Anything else is a bug in the client.</summary>
internal sealed class BoltTarget(string name) : IFuzzTarget
{
    public string Name => name;

    public void Run(byte[] input)
    {
        try
        {
            if (name == "packstream") Unpack(input, input.Length);
            else ReadChunks(input);
        }
        catch (ProtocolException)
        {
        }
        catch (EndOfStreamException)
        {
        }
    }

    private static void Unpack(byte[] buffer, int length)
    {
        var reader = new PackStreamReader(buffer, 0, length);
        while (reader.Remaining > 0) reader.ReadValue();
    }

    private static void ReadChunks(byte[] input)
    {
        var chunks = new ChunkReader(new MemoryStream(input), maxMessageSize: 1 << 20, readBufferSize: 4096);
        for (var i = 0; i < 10_000; i++)
        {
            var length = chunks.ReadMessageAsync().AsTask().GetAwaiter().GetResult();
            if (length <= 0 || length > 1 << 20) throw new FuzzFailure($"a message of {length} bytes");
            Unpack(chunks.MessageBuffer, length);
        }
    }
}
