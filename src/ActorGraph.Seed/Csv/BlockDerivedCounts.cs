using System.Runtime.InteropServices;
using ActorGraph.Seed.Validation;
using ParsedRelation = ActorGraph.Seed.Validation.RelationReader.ParsedRelation;

namespace ActorGraph.Seed.Csv;

/// <summary>Takes the derived-id counts of the relations parsed in blocks over every core: each key belongs to one of
/// <see cref="RelationIdDeriver.Partitions"/> partitions, and each partition walks the blocks in file order counting only
/// its keys, so every row gets the count a sequential walk gives (rows with their own id or with errors get none).</summary>
internal static class BlockDerivedCounts
{
    private const byte NotCounted = byte.MaxValue;

    /// <summary>Per block, per row: how many relations share the row's derived base id up to and including it (0 when
    /// the row is not counted). Cost: O(rows) work in two parallel passes.</summary>
    public static int[][] Take(IReadOnlyList<List<ParsedRelation>> blocks, RelationIdDeriver deriver, CancellationToken cancellationToken)
    {
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        var partitionOf = new byte[blocks.Count][];
        var sizes = new int[blocks.Count * RelationIdDeriver.Partitions];
        Parallel.For(0, blocks.Count, options, k =>
        {
            var rows = CollectionsMarshal.AsSpan(blocks[k]);
            var partitions = new byte[rows.Length];
            for (var i = 0; i < rows.Length; i++)
            {
                var partition = KeyOf(rows[i], deriver) is { } key ? key.Partition : NotCounted;
                partitions[i] = (byte)partition;
                if (partition != NotCounted) sizes[k * RelationIdDeriver.Partitions + partition]++;
            }
            partitionOf[k] = partitions;
        });

        var counts = new int[blocks.Count][];
        for (var k = 0; k < blocks.Count; k++) counts[k] = new int[blocks[k].Count];
        Parallel.For(0, RelationIdDeriver.Partitions, options, p =>
        {
            var more = 0;
            for (var k = 0; k < blocks.Count; k++) more += sizes[k * RelationIdDeriver.Partitions + p];
            deriver.Reserve(p, more);
            for (var k = 0; k < blocks.Count; k++)
            {
                var rows = CollectionsMarshal.AsSpan(blocks[k]);
                var partitions = partitionOf[k];
                var blockCounts = counts[k];
                for (var i = 0; i < rows.Length; i++)
                {
                    if (partitions[i] == p) blockCounts[i] = deriver.Count(KeyOf(rows[i], deriver)!.Value);
                }
            }
        });
        return counts;
    }

    private static RelationIdDeriver.Key? KeyOf(in ParsedRelation row, RelationIdDeriver deriver) =>
        row is { Relation: { } relation, Id: null }
            ? deriver.KeyOf(row.SourceIndex, relation.Kind, row.TargetIndex, relation.When.Start)
            : null;
}
