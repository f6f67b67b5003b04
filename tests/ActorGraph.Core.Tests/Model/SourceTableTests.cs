using ActorGraph.Core.Model;

namespace ActorGraph.Core.Tests.Model;

/// <summary>A graph whose sources a <see cref="SourceTable"/> keeps answers as the same graph built from records:
/// sources by id, the list, the count and the latest date; two sources sharing an id resolve to the later one.</summary>
public class SourceTableTests
{
    /// <summary>A table over records, looked up by a linear scan (the later of equal ids), counting what it builds.</summary>
    private sealed class ListTable(IReadOnlyList<Source> sources) : SourceTable
    {
        public int Built;

        public override int Count => sources.Count;

        public override Source At(int index)
        {
            Interlocked.Increment(ref Built);
            return sources[index] with { };
        }

        public override int IndexOf(string id)
        {
            for (var i = sources.Count - 1; i >= 0; i--)
            {
                if (sources[i].Id == id) return i;
            }
            return -1;
        }
    }

    private static readonly Source[] Records =
    [
        new("s1", "Report on talks", "Reuters", new DateOnly(2024, 3, 1), "https://example.org/a"),
        new("s2", "Бюллетень о переговорах", null, new DateOnly(2024, 5, 9), "https://пример.рф/новости"),
        new("s3", "Undated", "AP"),
        new("s2", "Second with the same id", "AFP", new DateOnly(2023, 1, 1), "https://example.com/b"),
    ];

    [Fact]
    public void Table_graph_answers_as_a_graph_of_records()
    {
        var table = new ListTable(Records);
        var lazy = new ActorGraphData([], [], [], table, null, null);
        var eager = new ActorGraphData([], [], [], Records);

        Assert.Equal(eager.SourceCount, lazy.SourceCount);
        Assert.Equal(eager.LatestSourceDate, lazy.LatestSourceDate);
        Assert.Equal(new DateOnly(2024, 5, 9), lazy.LatestSourceDate);
        foreach (var id in new[] { "s1", "s2", "s3", "missing", "" })
        {
            Assert.Equal(eager.SourcesById.ContainsKey(id), lazy.SourcesById.ContainsKey(id));
            Assert.Equal(eager.SourcesById.GetValueOrDefault(id), lazy.SourcesById.GetValueOrDefault(id));
        }
        Assert.Equal("Second with the same id", lazy.SourcesById["s2"].Title);
        Assert.Equal(eager.SourcesById.Count, lazy.SourcesById.Count);
        Assert.Equal(eager.SourcesById.OrderBy(kv => kv.Key), lazy.SourcesById.OrderBy(kv => kv.Key));
        Assert.Throws<KeyNotFoundException>(() => lazy.SourcesById["missing"]);
        Assert.Equal(eager.Sources.ToArray(), lazy.Sources.ToArray());
    }

    [Fact]
    public void Lookups_build_only_the_record_asked_for_and_the_list_is_built_once()
    {
        var table = new ListTable(Records);
        var graph = new ActorGraphData([], [], [], table, null, null);
        Assert.Equal(4, graph.SourceCount);
        Assert.Equal(0, table.Built);
        Assert.Equal("https://example.com/b", graph.SourcesById["s2"].Url);
        Assert.Equal(1, table.Built);
        var first = graph.Sources;
        var second = graph.Sources;
        Assert.Equal(1 + Records.Length, table.Built);
        Assert.Equal(first, second);
        Assert.Equal("https://пример.рф/новости", first[1].Url);
    }

    [Fact]
    public void Empty_table_gives_an_empty_graph_of_sources()
    {
        var graph = new ActorGraphData([], [], [], new ListTable([]), null, null);
        Assert.Equal(0, graph.SourceCount);
        Assert.Empty(graph.Sources);
        Assert.Empty(graph.SourcesById);
        Assert.Null(graph.LatestSourceDate);
        Assert.False(graph.SourcesById.TryGetValue("s1", out _));
    }
}
