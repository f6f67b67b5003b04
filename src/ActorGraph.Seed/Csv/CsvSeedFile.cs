using ActorGraph.Core.Storage;
using ActorGraph.Seed.Reading;
using ActorGraph.Seed.Records;

namespace ActorGraph.Seed.Csv;

/// <summary>Reads one CSV seed file: checks the header against a <see cref="FieldSet"/>, then hands each
/// row to <paramref name="readRow"/> as a <see cref="SeedRecord"/>. Malformed rows are reported and skipped.</summary>
internal static class CsvSeedFile
{
    public static void Read(string path, string file, FieldSet set, IReadOnlyList<string> required, SeedLimits limits, SeedErrors errors,
        Action<SeedRecord> readRow, IProgress<StoreProgress>? progress, string stage, ref long done, CancellationToken cancellationToken)
    {
        var maxBytes = limits.MaxBytes(SeedFormat.Csv);
        using var reader = new CsvReader(new StrictUtf8Reader(RegularFile.Open(path, maxBytes), maxBytes), limits.MaxLineCharacters);
        if (ReadHeader(reader, file, set, required, errors) is not { } header) return;
        ReadRows(reader, new CsvRecord(file, reader, header.ColumnOfField), header.Count, errors, readRow, progress, stage, ref done, cancellationToken);
    }

    /// <summary>Reads and checks the header: the column of each field of <paramref name="set"/> (-1 when absent) and the
    /// number of columns, or null when the rows cannot be read (errors reported).</summary>
    public static (int[] ColumnOfField, int Count)? ReadHeader(CsvReader reader, string file, FieldSet set, IReadOnlyList<string> required, SeedErrors errors)
    {
        if (!reader.Read()) return null;
        if (reader.Error is not null)
        {
            errors.Add(file, reader.ErrorLocation, (reader.Stopped ? "" : "CSV syntax error in the header: ") + reader.Error);
            return null;
        }

        var headerCount = reader.FieldCount;
        var columnOfField = new int[set.Names.Length];
        Array.Fill(columnOfField, -1);
        for (var column = 0; column < headerCount; column++)
        {
            var name = reader[column].Trim().TrimStart('\uFEFF').ToString();
            var location = reader.LocationOf(column);
            if (name.Length == 0)
            {
                errors.Add(file, location, $"column {column + 1} of the header has no name; name it or delete the column");
                continue;
            }
            var field = set.IndexOf(name, SeedFormat.Csv);
            if (field < 0)
            {
                errors.Add(file, location, set.UnknownFieldMessage(name, SeedFormat.Csv));
                continue;
            }
            if (columnOfField[field] >= 0)
            {
                errors.Add(file, location, $"column '{name}' appears twice in the header (first as column {columnOfField[field] + 1})");
                continue;
            }
            columnOfField[field] = column;
        }

        var missing = required.Where(r => columnOfField[set.IndexOf(r, SeedFormat.Csv)] < 0).ToList();
        if (missing.Count > 0)
        {
            errors.Add(file, new Location(reader.RecordLine, 1),
                $"the header has no {string.Join(", ", missing.Select(m => $"'{m}'"))} column; {set.Entity} files need {string.Join(", ", required)}");
            return null;
        }
        return (columnOfField, headerCount);
    }

    /// <summary>Hands every well-formed, non-blank row after the header to <paramref name="readRow"/>; reports malformed rows.</summary>
    public static void ReadRows(CsvReader reader, CsvRecord record, int headerCount, SeedErrors errors, Action<SeedRecord> readRow,
        IProgress<StoreProgress>? progress, string stage, ref long done, CancellationToken cancellationToken)
    {
        var file = record.File;
        while (reader.Read())
        {
            if (reader.Error is not null)
            {
                errors.Add(file, reader.ErrorLocation, (reader.Stopped ? "" : "CSV syntax error: ") + reader.Error);
                continue;
            }
            if (reader.FieldCount != headerCount)
            {
                if (reader.IsBlank()) continue;
                errors.Add(file, new Location(reader.RecordLine, 1),
                    $"row has {reader.FieldCount} fields but the header has {headerCount}; quote fields that contain commas");
                continue;
            }
            if (reader.IsBlank()) continue;
            readRow(record);
            if ((++done & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if ((done & 0xFFFF) == 0) progress?.Report(new StoreProgress(stage, done, null));
            }
        }
    }
}
