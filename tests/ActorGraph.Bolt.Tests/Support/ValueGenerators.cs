using CsCheck;

namespace ActorGraph.Bolt.Tests.Support;

/// <summary>CsCheck generators for every Bolt value type.</summary>
public static class ValueGenerators
{
    /// <summary>Strings of any length class (tiny, 8-, 16-bit headers) with multi-byte UTF-8 and astral characters,
    /// but no lone surrogates (those have no UTF-8 form).</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (6, Gen.Char[' ', '~'].Array[0, 20].Select(a => new string(a))),
        (3, Gen.Char['\u00A0', '\uD7FF'].Array[0, 20].Select(a => new string(a))),
        (1, Gen.Int[0, 300].Select(n => string.Concat(Enumerable.Repeat("a😀ß", n)))));

    public static readonly Gen<long> Integer = Gen.Frequency(
        (3, Gen.Long[-20, 130]),
        (2, Gen.Long[short.MinValue - 10, short.MaxValue + 10]),
        (2, Gen.Long[int.MinValue - 10L, int.MaxValue + 10L]),
        (1, Gen.Long));

    public static readonly Gen<double> Float = Gen.Frequency((4, Gen.Double), (1, Gen.OneOfConst(0.0, -0.0, double.NaN, double.PositiveInfinity, double.MinValue, double.Epsilon)));

    /// <summary>Map keys. Never integer-like ("12"): JavaScript objects enumerate such keys first, so the JS
    /// peer would reorder them and byte comparisons with it would fail for a reason that is not a bug.</summary>
    public static readonly Gen<string> Key = Text.Select(s => "k" + s);

    private static readonly Gen<Dictionary<string, object?>> Properties =
        Gen.Select(Key, Gen.Frequency((3, Integer.Select(i => (object?)i)), (1, Text.Select(s => (object?)s)))).Array[0, 4]
            .Select(kvs => kvs.DistinctBy(kv => kv.Item1).ToDictionary(kv => kv.Item1, kv => (object?)kv.Item2));

    public static readonly Gen<Node> NodeGen = Gen.Select(Gen.Long[0, long.MaxValue], Text.Array[0, 3], Properties, Text)
        .Select((id, labels, props, eid) => new Node(id, "n" + eid, labels, props));

    public static readonly Gen<Relationship> RelationshipGen = Gen.Select(Gen.Long[0, 1 << 40], Gen.Long[0, 1000], Gen.Long[0, 1000], Text, Properties)
        .Select((id, s, e, type, props) => new Relationship(id, $"r{id}", s, $"n{s}", e, $"n{e}", type, props));

    /// <summary>Paths over a few nodes, with relationships in both directions and repeats.</summary>
    public static readonly Gen<GraphPath> PathGen = Gen.Int[1, 5].SelectMany(n => Gen.Select(
            Gen.Int[0, n - 1].Array[1, 6], Gen.Bool.Array[6], Gen.Int[0, 2].Array[6])
        .Select((walk, forward, relPick) =>
        {
            var nodes = Enumerable.Range(0, n).Select(i => (INode)new Node(i, $"n{i}", ["L"], new Dictionary<string, object?>())).ToList();
            var pathNodes = walk.Select(i => nodes[i]).ToList();
            var rels = new List<IRelationship>();
            for (var i = 0; i + 1 < pathNodes.Count; i++)
            {
                var (a, b) = forward[i] ? (pathNodes[i], pathNodes[i + 1]) : (pathNodes[i + 1], pathNodes[i]);
                var id = relPick[i] + 100 * i; // ids repeat only with the same ends and direction below
                rels.Add(new Relationship(id, $"r{id}-{a.ElementId}-{b.ElementId}", a.Id, a.ElementId, b.Id, b.ElementId, "T", new Dictionary<string, object?>()));
            }
            return new GraphPath(pathNodes, rels);
        }));

    public static readonly Gen<object> Temporal = Gen.OneOf<object>(
        Gen.Long[-1_000_000, 1_000_000].Select(d => (object)new LocalDate(d)),
        Gen.Long[0, 86_399_999_999_999].Select(t => (object)new LocalTime(t)),
        Gen.Select(Gen.Long[0, 86_399_999_999_999], Gen.Int[-64_800, 64_800]).Select((t, o) => (object)new OffsetTime(t, o)),
        Gen.Select(Gen.Long[-10_000_000_000, 10_000_000_000], Gen.Int[0, 999_999_999]).Select((s, n) => (object)new LocalDateTime(s, n)),
        Gen.Select(Gen.Long[-10_000_000_000, 10_000_000_000], Gen.Int[0, 999_999_999], Gen.Int[-64_800, 64_800])
            .Select((s, n, o) => (object)new ZonedDateTime(s, n, o, null)),
        Gen.Select(Gen.Long[0, 4_000_000_000], Gen.Int[0, 999_999_999], Gen.OneOfConst("Europe/Berlin", "America/New_York", "Asia/Kolkata", "UTC"))
            .Select((s, n, z) => (object)new ZonedDateTime(s, n, null, z)),
        Gen.Select(Integer, Integer, Integer, Gen.Int[0, 999_999_999]).Select((m, d, s, n) => (object)new Duration(m, d, s, n)),
        Gen.Select(Gen.Int[0, 10_000], Float, Float).Select((srid, x, y) => (object)new Point(srid, x, y)),
        Gen.Select(Gen.Int[0, 10_000], Float, Float, Float).Select((srid, x, y, z) => (object)new Point(srid, x, y, z)));

    public static readonly Gen<object?> Scalar = Gen.Frequency<object?>(
        (1, Gen.Bool.Select(_ => (object?)null)), // Gen.Const(null) is not supported by CsCheck
        (1, Gen.Bool.Select(b => (object?)b)),
        (4, Integer.Select(i => (object?)i)),
        (2, Float.Select(d => (object?)d)),
        (4, Text.Select(s => (object?)s)),
        (1, Gen.Byte.Array[0, 300].Select(b => (object?)b)));

    /// <summary>Any value: scalars, nested lists and maps, graph, temporal and spatial structures.</summary>
    public static readonly Gen<object?> Value = Gen.Recursive<object?>((depth, self) => depth >= 3
        ? Scalar
        : Gen.Frequency<object?>(
            (6, Scalar),
            (1, self.List[0, 5].Select(l => (object?)l)),
            (1, Gen.Select(Key, self).Array[0, 5].Select(kvs => (object?)kvs.DistinctBy(kv => kv.Item1).ToDictionary(kv => kv.Item1, kv => kv.Item2))),
            (1, Temporal.Select(t => (object?)t)),
            (1, NodeGen.Select(n => (object?)n)),
            (1, RelationshipGen.Select(r => (object?)r)),
            (1, PathGen.Select(p => (object?)p))));
}
