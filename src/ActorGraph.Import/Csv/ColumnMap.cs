using System.Collections.Frozen;
using ActorGraph.Import.Reading;

namespace ActorGraph.Import.Csv;

/// <summary>Which header column holds which event field, from <c>--map source=Actor1,target=Actor2,date=Day,code=EventCode</c>.</summary>
/// <remarks>Fields: <c>source</c>, <c>target</c>, <c>date</c> (required); one of <c>code</c> (a CAMEO code),
/// <c>kind</c> (an ActorGraph relation kind, e.g. <c>mediates</c>) or <c>event</c> (a PLOVER category);
/// optional <c>source-name</c>, <c>target-name</c>, <c>source-country</c>, <c>target-country</c>,
/// <c>goldstein</c>, <c>sources</c>, <c>url</c>, <c>id</c>, <c>title</c> (of the source article).</remarks>
public sealed record ColumnMap(FrozenDictionary<string, string> Columns)
{
    /// <summary>Every field a map may name.</summary>
    public static IReadOnlyList<string> KnownFields { get; } =
    [
        "source", "target", "date", "code", "kind", "event", "source-name", "target-name",
        "source-country", "target-country", "goldstein", "sources", "url", "id", "title",
    ];

    /// <summary>Parses <c>field=Column,field=Column</c>; throws <see cref="FormatException"/> with a clear message.</summary>
    public static ColumnMap Parse(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var map = FieldMapSpec.Parse(spec, KnownFields);
        foreach (var required in new[] { "source", "target", "date" })
            if (!map.ContainsKey(required)) throw new FormatException($"--map: the '{required}' field is required (e.g. --map source=Actor1,target=Actor2,date=Day,code=EventCode)");
        var kinds = new[] { "code", "kind", "event" }.Count(map.ContainsKey);
        if (kinds != 1) throw new FormatException("--map: give exactly one of code= (CAMEO), kind= (relation kind) or event= (PLOVER category)");
        return new ColumnMap(map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The header column for a field, or null.</summary>
    public string? this[string field] => Columns.GetValueOrDefault(field);
}
