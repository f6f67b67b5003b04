using System.Collections.Immutable;
using System.Text.Json;
using ActorGraph.Core.Json;
using ActorGraph.Core.Model;

namespace ActorGraph.Core.Tests.Model;

/// <summary>A relation made by <see cref="Relation.Compact"/> keeps no id string when its id is derived and no evidence
/// records: what it answers (id, evidence, equality, JSON, <c>with</c> copies) must be what the same relation built with
/// its id and evidence at once answers.</summary>
public class CompactRelationTests
{
    private static readonly DateRange Dated = new(new DateOnly(2024, 3, 7), new DateOnly(2024, 4, 1));
    private static readonly ImmutableArray<string> Topics = ["ceasefire"];

    /// <summary>A table whose rows are given records, counting how often rows are built.</summary>
    private sealed class ListTable(params ImmutableArray<Evidence>[] rows) : EvidenceTable
    {
        public int Built { get; private set; }

        public override int CountOf(int row) => rows[row].Length;

        public override ImmutableArray<Evidence> Of(int row)
        {
            Built++;
            return [.. rows[row].Select(e => e with { })];
        }
    }

    private static Relation Eager(string id, ImmutableArray<Evidence> evidence) =>
        new(id, "egypt", "hamas", RelationVocabulary.Mediates, 0.25, 0.75, Dated, Topics, Modality.Claimed, evidence, 3);

    private static Relation Compact(string? id, int repeat, EvidenceTable? table, int row) =>
        Relation.Compact(id, repeat, "egypt", "hamas", RelationVocabulary.Mediates, 0.25, 0.75, Dated, Topics, Modality.Claimed, table, row, 3);

    [Theory]
    [InlineData(1, "egypt~mediates~hamas~2024-03-07")]
    [InlineData(2, "egypt~mediates~hamas~2024-03-07~2")]
    [InlineData(12, "egypt~mediates~hamas~2024-03-07~12")]
    [InlineData(1000, "egypt~mediates~hamas~2024-03-07~1000")]
    public void A_derived_id_is_built_from_the_ends_kind_start_and_repeat(int repeat, string expected)
    {
        var relation = Compact(null, repeat, null, 0);
        Assert.Equal(expected, relation.Id);
        Assert.Equal(expected, DerivedRelationIds.WithRepeat(DerivedRelationIds.Of("egypt", "mediates", "hamas", Dated.Start, 1), repeat));
        Assert.Equal(Eager(expected, []), relation);
        Assert.Equal(Eager(expected, []).GetHashCode(), relation.GetHashCode());
    }

    [Fact]
    public void An_undated_derived_id_has_no_date_and_repeats_still_count()
    {
        Assert.Equal("a~meets~b", DerivedRelationIds.Of("a", "meets", "b", null, 1));
        Assert.Equal("a~meets~b~9", DerivedRelationIds.Of("a", "meets", "b", null, 9));
        Assert.Throws<ArgumentOutOfRangeException>(() => DerivedRelationIds.Of("a", "meets", "b", null, 0));
    }

    [Fact]
    public void Evidence_read_from_a_table_equals_the_records_and_is_counted_without_building_them()
    {
        ImmutableArray<Evidence> first = [new("src-1", "para 2", "talks in Cairo"), new("src-2", null, null)];
        ImmutableArray<Evidence> second = [new("src-3", "p. 4", null)];
        var table = new ListTable(first, second);
        var compact = Compact("r1", 1, table, 0);
        Assert.Equal(2, compact.EvidenceCount);
        Assert.Equal(0, table.Built);
        Assert.Equal(first.ToArray(), compact.Evidence.ToArray());
        Assert.Equal(second.ToArray(), Compact("r1", 1, table, 1).Evidence.ToArray());
        Assert.Equal(Eager("r1", first), compact);
        Assert.NotEqual(Eager("r1", second), compact);
        Assert.Empty(Compact("r1", 1, null, 0).Evidence);
        Assert.Equal(0, Compact("r1", 1, null, 0).EvidenceCount);
    }

    [Fact]
    public void A_copy_with_other_ends_keeps_the_derived_id_and_one_with_new_evidence_drops_the_table()
    {
        var table = new ListTable([new Evidence("src-1", "para 2")]);
        var compact = Compact(null, 2, table, 0);
        var moved = compact with { Source = "qatar", When = DateRange.Always };
        Assert.Equal("egypt~mediates~hamas~2024-03-07~2", moved.Id);
        Assert.Equal(compact.Evidence.ToArray(), moved.Evidence.ToArray());
        var replaced = compact with { Evidence = [new Evidence("src-9")] };
        Assert.Equal([new Evidence("src-9")], replaced.Evidence.ToArray());
        Assert.Equal(1, replaced.EvidenceCount);
        Assert.Equal("renamed", (compact with { Id = "renamed" }).Id);
    }

    [Fact]
    public void Json_of_a_compact_relation_is_that_of_the_eager_one_with_the_id_first()
    {
        ImmutableArray<Evidence> evidence = [new("src-1", "para 2", "talks")];
        var id = DerivedRelationIds.Of("egypt", "mediates", "hamas", Dated.Start, 1);
        var eager = JsonSerializer.Serialize(Eager(id, evidence), ActorGraphJson.Compact);
        var compact = JsonSerializer.Serialize(Compact(null, 1, new ListTable(evidence), 0), ActorGraphJson.Compact);
        Assert.Equal(eager, compact);
        Assert.StartsWith("{\"id\":\"egypt~mediates~hamas~2024-03-07\",\"source\":\"egypt\"", compact, StringComparison.Ordinal);
        Assert.DoesNotContain("evidenceCount", compact, StringComparison.Ordinal);
    }
}
