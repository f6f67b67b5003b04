using ActorGraph.Seed.Records;

namespace ActorGraph.Seed.Csv;

/// <summary>The current row of a <see cref="CsvReader"/> seen as a <see cref="SeedRecord"/>: field
/// positions map to columns through the header. Reused for every row of a file.</summary>
internal sealed class CsvRecord(string file, CsvReader reader, int[] columnOfField) : SeedRecord(file)
{
    public override Location Location => new(reader.RecordLine, 1);

    public override bool TryGetText(int field, SeedErrors errors, out ReadOnlySpan<char> text, out Location location)
    {
        var column = field >= 0 ? columnOfField[field] : -1;
        if (column < 0)
        {
            text = default;
            location = Location;
            return false;
        }
        text = reader[column].Trim();
        location = reader.LocationOf(column);
        return !text.IsEmpty;
    }

    public override Location LocationOf(int field) =>
        columnOfField[field] is var column and >= 0 ? reader.LocationOf(column) : Location;

    public override void GetList(int field, SeedErrors errors, List<ListItem> into)
    {
        var column = columnOfField[field];
        if (column < 0) return;
        var cell = reader[column];
        var start = reader.LocationOf(column);
        var offset = reader.IsQuoted(column) ? 1 : 0;
        while (true)
        {
            var semicolon = cell.IndexOf(';');
            var part = semicolon < 0 ? cell : cell[..semicolon];
            var trimmed = part.TrimStart();
            var lead = part.Length - trimmed.Length;
            trimmed = trimmed.TrimEnd();
            if (!trimmed.IsEmpty)
            {
                into.Add(new ListItem(trimmed.ToString(), start with { Column = start.Column + offset + lead }));
            }
            if (semicolon < 0) return;
            offset += semicolon + 1;
            cell = cell[(semicolon + 1)..];
        }
    }

    public override void GetMaps(int field, FieldSet set, SeedErrors errors, List<SeedRecord> into)
    {
        // CSV has no nested maps: the header check rejects YAML-only fields before any row is read.
    }
}
