using ActorGraph.Bolt.Internal;
using Record = ActorGraph.Bolt.Internal.Record;

namespace ActorGraph.Bolt.Tests.Values;

/// <summary>Typed access to record values and their compact rendering.</summary>
public class RecordAccessTests
{
    private static readonly Node Un = new(1, "4:x:1", ["Actor"], new Dictionary<string, object?> { ["id"] = "un", ["weight"] = 0.5 });

    private static Record Sample() => new(new RecordKeys(["n", "big", "none", "names", "map", "day", "actor"]),
    [
        42L, long.MaxValue, null, new List<object?> { "a", "b" }, new Dictionary<string, object?> { ["x"] = 1L },
        new LocalDate(19739), Un,
    ]);

    [Fact]
    public void Values_convert_to_requested_types()
    {
        var r = Sample();
        Assert.Equal(42, r.Get<int>("n"));
        Assert.Equal(42.0, r.Get<double>("n"));
        Assert.Equal(42L, r[0]);
        Assert.Null(r.Get<int?>("none"));
        Assert.Null(r.Get<string>("none"));
        Assert.Equal(["a", "b"], r.Get<List<string>>("names"));
        Assert.Equal(["a", "b"], r.Get<string[]>("names"));
        Assert.Equal(1L, r.Get<Dictionary<string, long>>("map")["x"]);
        Assert.Equal(new DateOnly(2024, 1, 17), r.Get<DateOnly>("day"));
        Assert.Equal("un", r.Get<INode>("actor").Get<string>("id"));
        Assert.Equal(["n", "big", "none", "names", "map", "day", "actor"], r.Values.Keys);
        Assert.True(r.TryGet<int>("n", out var n) && n == 42);
        Assert.False(r.TryGet<int>("big", out _));
        Assert.False(r.TryGet<int>("absent", out _));
    }

    [Fact]
    public void Bad_access_is_explained()
    {
        var r = Sample();
        Assert.Contains("does not fit Int32", Assert.Throws<InvalidCastException>(() => r.Get<int>("big")).Message, StringComparison.Ordinal);
        Assert.Contains("'none' is null", Assert.Throws<InvalidCastException>(() => r.Get<int>("none")).Message, StringComparison.Ordinal);
        Assert.Contains("cannot become", Assert.Throws<InvalidCastException>(() => r.Get<DateOnly>("n")).Message, StringComparison.Ordinal);
        var e = Assert.Throws<KeyNotFoundException>(() => r["nope"]);
        Assert.Contains("n, big, none", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_render_compactly()
    {
        Assert.Equal("(:Actor {id: \"un\", weight: 0.5})", ValueFormatter.Format(Un));
        Assert.Equal("[1, 2.0, \"x\", null, true]", ValueFormatter.Format(new List<object?> { 1L, 2.0, "x", null, true }));
        Assert.Equal("2024-01-17", ValueFormatter.Format(new LocalDate(19739)));
        Assert.Equal("2024-01-15T08:30:00-05:00", ValueFormatter.Format(new ZonedDateTime(1705325400, 0, -18000, null)));
        var rel = new Relationship(9, "r", 1, "4:x:1", 2, "4:x:2", "MEDIATES", new Dictionary<string, object?>());
        var other = new Node(2, "4:x:2", ["Actor"], new Dictionary<string, object?> { ["id"] = "eu" });
        Assert.Equal("(:Actor {id: \"eu\"})<-[:MEDIATES]-(:Actor {id: \"un\", weight: 0.5})",
            ValueFormatter.Format(new GraphPath([other, Un], [rel])));
    }
}
