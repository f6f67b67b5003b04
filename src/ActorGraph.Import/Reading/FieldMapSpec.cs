namespace ActorGraph.Import.Reading;

/// <summary>Parses the <c>--map field=Column,field=Column</c> text that the table importers share.</summary>
public static class FieldMapSpec
{
    /// <summary>Field → column; throws <see cref="FormatException"/> for a malformed pair, an unknown field
    /// (with the known ones), or a field given twice. Fields ignore case and accept <c>_</c> for <c>-</c>.</summary>
    public static Dictionary<string, string> Parse(string spec, IReadOnlyList<string> knownFields)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(knownFields);
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == part.Length - 1) throw new FormatException($"--map: '{part}' is not field=Column");
            var field = part[..eq].Trim().Replace('_', '-').ToLowerInvariant();
            if (!knownFields.Contains(field))
                throw new FormatException($"--map: unknown field '{field}'; known fields: {string.Join(", ", knownFields)}");
            if (!map.TryAdd(field, part[(eq + 1)..].Trim())) throw new FormatException($"--map: field '{field}' is given twice");
        }
        return map;
    }
}
