using ActorGraph.Core.Storage;
using ActorGraph.Seed.Reading;
using ActorGraph.Seed.Records;
using ActorGraph.Seed.Validation;
using Microsoft.Win32.SafeHandles;
using ParsedRelation = ActorGraph.Seed.Validation.RelationReader.ParsedRelation;

namespace ActorGraph.Seed.Csv;

/// <summary>Reads a large relations CSV file over every core: the rows after the header are cut into blocks of about
/// <see cref="SeedLimits.ParallelBlockBytes"/> bytes at line breaks, each block is decoded, parsed and checked on its own
/// (<see cref="RelationReader.Parse"/>, lines counted from 1), then the blocks are committed in file order
/// (derived-id counts over every core, see <see cref="BlockDerivedCounts"/>; then duplicate ids and the relation lists, <see cref="RelationReader.Commit(ParsedRelation, string, int, SeedContext, int)"/>) with their lines moved to the file's. The result
/// (relations, their order and ids, every error with its file, line and column) is the one reading the file row by row
/// gives; the blocks depend on the file only, not on the number of cores.</summary>
/// <remarks>A block boundary is a line break; when one falls inside a quoted field (a field spanning lines) or the
/// folder would pass the record limit, nothing is kept and the caller reads the file row by row.</remarks>
internal static class CsvRelationBlocks
{
    private sealed record Block(List<ParsedRelation> Rows, SeedErrors Errors, int Lines, bool Stopped, bool EndedInsideQuotes);

    /// <summary>Reads the relations of <paramref name="path"/> into <paramref name="context"/>; false (nothing read or
    /// reported) when the file should be read row by row instead.</summary>
    public static bool TryRead(string path, string file, FieldSet set, IReadOnlyList<string> required, SeedLimits limits, SeedContext context,
        ref long records, IProgress<StoreProgress>? progress, ref long done, CancellationToken cancellationToken)
    {
        var maxBytes = limits.MaxBytes(SeedFormat.Csv);
        using var stream = RegularFile.Open(path, maxBytes);
        var length = stream.Length;
        var blockBytes = limits.ParallelBlockBytes;
        if (length < 2 * blockBytes) return false;
        var handle = stream.SafeFileHandle;
        if (HeaderEnd(handle, length) is not { } headerEnd) return false;

        var headerErrors = new SeedErrors();
        using var headerReader = new CsvReader(new StrictUtf8Reader(new FileRange(handle, 0, headerEnd), headerEnd), limits.MaxLineCharacters);
        if (CsvSeedFile.ReadHeader(headerReader, file, set, required, headerErrors) is not { } header)
        {
            context.Errors.AddBlock(headerErrors, 0);
            return true;
        }

        var starts = BlockStarts(handle, headerEnd, length, blockBytes);
        var blocks = new Block[starts.Count];
        Parallel.For(0, starts.Count, new ParallelOptions { CancellationToken = cancellationToken }, k =>
        {
            var end = k + 1 < starts.Count ? starts[k + 1] : length;
            blocks[k] = ReadBlock(handle, starts[k], end, file, header, limits, context, cancellationToken);
        });

        long rows = 0;
        var kept = 0;
        while (kept < blocks.Length)
        {
            var block = blocks[kept++];
            if (block.EndedInsideQuotes && !block.Stopped && kept < blocks.Length) return false;
            rows += block.Rows.Count;
            if (block.Stopped) break;
        }
        if (records + rows > limits.MaxRecords) return false;
        var derivedCounts = BlockDerivedCounts.Take([.. blocks.Take(kept).Select(b => b.Rows)], context.RelationIdCounts, cancellationToken);

        context.Errors.AddBlock(headerErrors, 0);
        var relations = context.Relations.Count + (int)rows;
        context.Relations.EnsureCapacity(relations);
        context.RelationSources.EnsureCapacity(relations);
        context.RelationTargets.EnsureCapacity(relations);
        var ownIds = 0;
        for (var k = 0; k < kept; k++)
        {
            foreach (ref readonly var row in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(blocks[k].Rows)) ownIds += row.Id is null ? 0 : 1;
        }
        context.RelationIds.Reserve(ownIds);
        var lineOffset = headerReader.Line - 1;
        for (var k = 0; k < kept; k++)
        {
            var block = blocks[k];
            context.Errors.AddBlock(block.Errors, lineOffset);
            var blockRows = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(block.Rows);
            for (var i = 0; i < blockRows.Length; i++) RelationReader.Commit(blockRows[i], file, lineOffset, context, derivedCounts[k][i]);
            records += block.Rows.Count;
            done += block.Rows.Count;
            progress?.Report(new StoreProgress("relations", done, null));
            lineOffset += block.Lines;
        }
        return true;
    }

    private static Block ReadBlock(SafeFileHandle handle, long start, long end, string file, (int[] ColumnOfField, int Count) header,
        SeedLimits limits, SeedContext shared, CancellationToken cancellationToken)
    {
        var errors = new SeedErrors();
        var expected = (int)Math.Min(int.MaxValue / 4, (end - start) / 64);
        var context = shared.ForBlock(errors, expected);
        using var reader = new CsvReader(new StrictUtf8Reader(new FileRange(handle, start, end), end - start, fileStart: false), limits.MaxLineCharacters);
        var rows = new List<ParsedRelation>(expected);
        var scratch = new List<ListItem>();
        var mapScratch = new List<SeedRecord>();
        long done = 0;
        CsvSeedFile.ReadRows(reader, new CsvRecord(file, reader, header.ColumnOfField), header.Count, errors,
            r => rows.Add(RelationReader.Parse(r, context, scratch, mapScratch)), null, "relations", ref done, cancellationToken);
        context.CsvEvidence.Trim();
        return new Block(rows, errors, reader.Line - 1, reader.Stopped, reader.EndedInsideQuotes);
    }

    /// <summary>The byte after the header's line break, or null when the header holds a quote (it could span lines) or
    /// no line break comes within the first megabyte.</summary>
    private static long? HeaderEnd(SafeFileHandle handle, long length)
    {
        var prefix = new byte[(int)Math.Min(length, 1 << 20)];
        var n = RandomAccess.Read(handle, prefix, 0);
        var newline = prefix.AsSpan(0, n).IndexOf((byte)'\n');
        if (newline < 0 || prefix.AsSpan(0, newline).Contains((byte)'"')) return null;
        return newline + 1;
    }

    /// <summary>Block starts: <paramref name="first"/>, then the byte after the first line break at or after every
    /// further <paramref name="blockBytes"/>.</summary>
    private static List<long> BlockStarts(SafeFileHandle handle, long first, long length, long blockBytes)
    {
        var starts = new List<long> { first };
        var buffer = new byte[1 << 16];
        for (var at = first + blockBytes; at < length; at += blockBytes)
        {
            var from = Math.Max(at, starts[^1]);
            long? next = null;
            while (next is null && from < length)
            {
                var n = RandomAccess.Read(handle, buffer, from);
                if (n == 0) break;
                var newline = buffer.AsSpan(0, n).IndexOf((byte)'\n');
                if (newline >= 0) next = from + newline + 1;
                from += n;
            }
            if (next is not { } start || start >= length) break;
            if (start > starts[^1]) starts.Add(start);
        }
        return starts;
    }
}
