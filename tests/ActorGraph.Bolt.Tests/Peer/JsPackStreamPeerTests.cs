using System.Text.Json.Nodes;
using ActorGraph.Bolt.IO;
using ActorGraph.Bolt.Tests.Support;
using CsCheck;

namespace ActorGraph.Bolt.Tests.Peer;

/// <summary>Cross-check with the official JavaScript driver's PackStream (npm neo4j-driver-bolt-connection, run by
/// node): for a broad set of values both must produce byte-identical encodings, JS must decode our bytes to the
/// same tagged tree, and we must decode JS's bytes to the original value. NaN is left out: JavaScript writes one
/// canonical NaN, so its bits legitimately differ from .NET's.</summary>
public class JsPackStreamPeerTests
{
    private static byte[] Pack(object? value)
    {
        var w = new PackStreamWriter();
        w.WriteValue(value);
        return w.ToArray();
    }

    private static IEnumerable<object?> EdgeCases()
    {
        long[] ints = [0, 1, 127, 128, -1, -16, -17, -128, -129, 32767, 32768, -32768, -32769, int.MaxValue, int.MinValue, 2147483648L, long.MaxValue, long.MinValue];
        foreach (var i in ints) yield return i;
        foreach (var d in new[] { 0.0, -0.0, 1.5, -1.1, double.MaxValue, double.Epsilon, double.PositiveInfinity, double.NegativeInfinity }) yield return d;
        foreach (var n in new[] { 0, 15, 16, 255, 256, 65535, 65536 })
        {
            yield return new string('x', n);
            yield return Enumerable.Range(0, n).Select(i => (byte)i).ToArray();
            if (n <= 256) yield return Enumerable.Range(0, n).Select(i => (object?)(long)i).ToList();
            if (n <= 256) yield return Enumerable.Range(0, n).ToDictionary(i => $"k{i}", i => (object?)(long)i);
        }
        yield return "ÄÖÜ😀";
        yield return null;
        yield return true;
        yield return false;
        yield return new ZonedDateTime(1705325400, 0, -18000, null);
        yield return new ZonedDateTime(1705325400, 5, null, "Europe/Berlin");
        yield return new Relationship(7, "5:x:7", 3, "4:x:3", 4, "4:x:4", "KNOWS", new Dictionary<string, object?>());
    }

    [SkippableFact]
    public void Encodings_and_decodings_match_the_javascript_driver()
    {
        var values = EdgeCases().ToList();
        values.AddRange(ValueGenerators.Value.Where(v => !PeerJson.HasNaN(v)).Array[1500].Single(_ => true, seed: "0000peer0001"));
        Assert.True(values.Count > 1500);
        var ours = values.Select(Pack).ToList();
        var (theirs, decoded) = JsPeer.Run(values.Select(PeerJson.From), ours.Select(Convert.ToHexString));

        Assert.Equal(values.Count, theirs.Count);
        for (var i = 0; i < values.Count; i++)
        {
            var show = ValueFormatter.Format(values[i]);
            Assert.True(Convert.ToHexString(ours[i]) == theirs[i], $"encoding of {show}: ours {Convert.ToHexString(ours[i])}, JS {theirs[i]}");
            Assert.True(JsonNode.DeepEquals(PeerJson.From(values[i]), decoded[i]), $"JS decoded our bytes of {show} as {decoded[i]?.ToJsonString()}");
            var back = new PackStreamReader(Convert.FromHexString(theirs[i])).ReadValue();
            Assert.True(ValueEquality.Equal(values[i], back), $"we decoded JS's bytes of {show} as {ValueFormatter.Format(back)}");
        }
    }
}
