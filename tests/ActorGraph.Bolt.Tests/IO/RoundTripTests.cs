using ActorGraph.Bolt.IO;
using ActorGraph.Bolt.Tests.Support;
using CsCheck;

namespace ActorGraph.Bolt.Tests.IO;

/// <summary>CsCheck properties: every value packs and unpacks to an equal value, through chunking split at
/// random sizes, and the packer picks the smallest integer encoding.</summary>
public class RoundTripTests
{
    private static object? RoundTrip(object? value, bool bolt5 = true)
    {
        var w = new PackStreamWriter { ElementIds = bolt5, UtcDateTime = bolt5 };
        w.WriteValue(value);
        var r = new PackStreamReader(w.ToArray());
        var read = r.ReadValue();
        Assert.Equal(0, r.Remaining);
        return read;
    }

    [Fact]
    public void Any_value_round_trips() =>
        ValueGenerators.Value.Sample(v => ValueEquality.Equal(v, RoundTrip(v)), iter: 3000);

    [Fact]
    public void Integers_round_trip_with_the_smallest_size() =>
        ValueGenerators.Integer.Sample(i =>
        {
            var w = new PackStreamWriter();
            w.WriteInteger(i);
            var expected = i is >= -16 and <= 127 ? 1 : i is >= sbyte.MinValue and <= sbyte.MaxValue ? 2
                : i is >= short.MinValue and <= short.MaxValue ? 3 : i is >= int.MinValue and <= int.MaxValue ? 5 : 9;
            return w.Length == expected && (long)new PackStreamReader(w.ToArray()).ReadValue()! == i;
        }, iter: 5000);

    [Fact]
    public void Strings_round_trip_with_utf8_lengths() =>
        ValueGenerators.Text.Sample(s => (string)RoundTrip(s)! == s, iter: 2000);

    [Fact]
    public void Temporal_and_spatial_values_round_trip_in_bolt5_and_legacy_form()
    {
        ValueGenerators.Temporal.Sample(t => Equals(t, RoundTrip(t)), iter: 2000);
        ValueGenerators.Temporal.Sample(t => LegacyAmbiguous(t) || Equals(t, RoundTrip(t, bolt5: false)), iter: 2000);
    }

    // The legacy 4.x zone-id form carries local wall-clock seconds: in the hour a zone repeats when clocks go back,
    // two instants share one local time and the form cannot tell them apart (a limit of the encoding, not of the client).
    private static bool LegacyAmbiguous(object? t) => t is ZonedDateTime { ZoneId: { } id, OffsetSeconds: null } z
        && TimeZoneInfo.FindSystemTimeZoneById(id).IsAmbiguousTime(DateTimeOffset.FromUnixTimeSeconds(z.EpochSeconds));

    [Fact]
    public void Paths_round_trip_with_directions_and_repeats() =>
        ValueGenerators.PathGen.Sample(p => ValueEquality.Equal(p, RoundTrip(p)), iter: 2000);

    [Fact]
    public async Task Messages_round_trip_through_chunks_read_in_random_pieces() =>
        await Gen.Select(ValueGenerators.Value.List[1, 4], Gen.Int[1, 300], Gen.Int[1, 50]).SampleAsync(async (values, chunk, read) =>
        {
            var chunks = new ChunkWriter(chunk);
            var payloads = values.Select(v =>
            {
                var w = new PackStreamWriter();
                w.WriteValue(v);
                return w.ToArray();
            }).ToList();
            foreach (var p in payloads)
            {
                chunks.WriteRaw([0, 0]); // a NOOP before each message
                chunks.WriteMessage(p);
            }
            var reader = new ChunkReader(new TrickleStream(chunks.Pending.ToArray(), read));
            for (var i = 0; i < values.Count; i++)
            {
                var length = await reader.ReadMessageAsync();
                var value = new PackStreamReader(reader.MessageBuffer, 0, length).ReadValue();
                if (!ValueEquality.Equal(values[i], value)) return false;
            }
            return true;
        }, iter: 300);
}
