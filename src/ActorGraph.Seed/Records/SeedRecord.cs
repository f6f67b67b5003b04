namespace ActorGraph.Seed.Records;

/// <summary>One record of a seed file (a YAML map or a CSV row), read field by field by position in a
/// <see cref="FieldSet"/>. Values are handed out as spans so that the CSV path allocates only what it keeps.</summary>
internal abstract class SeedRecord(string file)
{
    /// <summary>The file, relative to the seed folder.</summary>
    public string File { get; } = file;

    /// <summary>Where the record starts.</summary>
    public abstract Location Location { get; }

    /// <summary>The text of a single-valued field; false when the field is absent or blank. A YAML value
    /// that is a list or map where a single value belongs is reported to <paramref name="errors"/>.</summary>
    public abstract bool TryGetText(int field, SeedErrors errors, out ReadOnlySpan<char> text, out Location location);

    /// <summary>The location of a field that is present, or of the record when it is absent.</summary>
    public abstract Location LocationOf(int field);

    /// <summary>The items of a list field (YAML sequence or single value; CSV <c>;</c>-separated), blanks skipped.</summary>
    public abstract void GetList(int field, SeedErrors errors, List<ListItem> into);

    /// <summary>The items of a field that holds a list of maps (YAML only), each as a record of <paramref name="set"/>.</summary>
    public abstract void GetMaps(int field, FieldSet set, SeedErrors errors, List<SeedRecord> into);

    /// <summary>The text of a single-valued field as a string, or null.</summary>
    public string? GetString(int field, SeedErrors errors, out Location location) =>
        TryGetText(field, errors, out var text, out location) ? text.ToString() : null;
}
